using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen3;

/// <summary>
/// A registry in a PostgreSQL schema (butler.yaml <c>namespace:</c>): native <c>uuid</c> and <c>boolean</c>,
/// BIGSERIAL keys, and a transaction-scoped advisory lock so writers sharing the registry prepare runs one at a time.
/// </summary>
internal sealed partial class PostgresDialect : RegistryDialect
{
    private readonly string _connectionString;
    private readonly string _schema;
    private readonly string? _url;

    /// <summary>A dialect for a schema reached through an Npgsql connection string.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="schema">The schema (lower-case letters, digits and underscores).</param>
    /// <param name="url">The <c>postgresql://</c> URL butler.yaml names, if known.</param>
    public PostgresDialect(string connectionString, string schema, string? url = null)
    {
        if (!SchemaName().IsMatch(schema))
        {
            throw new RepositoryException($"PostgreSQL namespace '{schema}' must be lower-case letters, digits and underscores, starting with a letter or underscore");
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }

        _connectionString = builder.ConnectionString;
        _schema = schema;
        _url = url;
    }

    /// <inheritdoc/>
    public override string Location => $"{_url ?? "postgresql"} (namespace {_schema})";

    /// <summary>A dialect for the registry a butler.yaml <c>db:</c> URL and <c>namespace:</c> name.</summary>
    /// <param name="url"><c>postgresql://[user[:password]@]host[:port]/database</c>; a missing password comes from PGPASSWORD or ~/.pgpass.</param>
    /// <param name="schema">The namespace.</param>
    /// <returns>The dialect.</returns>
    /// <exception cref="RepositoryException">The URL is not a PostgreSQL URL.</exception>
    public static PostgresDialect FromUrl(string url, string schema)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgresql" or "postgres") || string.IsNullOrEmpty(uri.Host) || uri.AbsolutePath.Trim('/').Length == 0)
        {
            throw new RepositoryException($"registry '{url}' is not a PostgreSQL URL (postgresql://[user[:password]@]host[:port]/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port, Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')) };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        return new PostgresDialect(builder.ConnectionString, schema, url);
    }

    /// <inheritdoc/>
    public override DbConnection Connect()
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <inheritdoc/>
    public override DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

    /// <inheritdoc/>
    public override void LockForPreparation(DbConnection connection) =>
        RegistryCommands.Execute(connection, "SELECT pg_advisory_xact_lock(hashtext(current_schema()))");

    /// <inheritdoc/>
    public override void PrepareNewRegistry(DbConnection connection)
    {
        RegistryCommands.Execute(connection, $"CREATE SCHEMA IF NOT EXISTS \"{_schema}\"");
        if (TableExists(connection, "butler_attributes"))
        {
            throw new RepositoryException($"PostgreSQL schema {_schema} already holds a Gen3 registry");
        }
    }

    /// <inheritdoc/>
    public override HashSet<string> Columns(DbConnection connection, string table) =>
        [.. RegistryCommands.Strings(connection, "SELECT column_name::text FROM information_schema.columns WHERE table_schema = @s AND table_name = @t", ("@s", _schema), ("@t", table))];

    /// <inheritdoc/>
    public override string Ddl(string sqliteDdl) => PostgresDdl.Translate(sqliteDdl);

    /// <inheritdoc/>
    public override object DatasetId(Guid id) => id;

    /// <inheritdoc/>
    public override object Boolean(bool value) => value;

    /// <inheritdoc/>
    public override object Timestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);

    /// <inheritdoc/>
    public override bool IsTransient(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.LockNotAvailable };

    /// <inheritdoc/>
    public override string ButlerYaml() =>
        DbLine().Replace(Gen3Schema.ButlerYaml(), $"  db: {_url}\n  namespace: {_schema}", 1);

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex SchemaName();

    [GeneratedRegex(@"^  db: .*$", RegexOptions.Multiline)]
    private static partial Regex DbLine();
}
