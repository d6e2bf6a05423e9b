using System.Globalization;
using Npgsql;
using Oods.Butler.Gen3;
using Oods.Core.Instruments;

namespace Oods.Butler.Tests.Gen3;

/// <summary>
/// Where a test repository's registry lives: SQLite in the root, or a fresh schema on OODS_TEST_POSTGRES (dropped on
/// dispose). Rows print alike on both: booleans as 0/1, dataset ids as 32 hex digits, as the sqlite3 shell shows them.
/// </summary>
internal sealed class Gen3Backend : IDisposable
{
    private Gen3Backend(string? schema) => Schema = schema;

    /// <summary>The PostgreSQL schema, or null for SQLite.</summary>
    public string? Schema { get; }

    /// <summary>The <c>postgresql://</c> URL of the test server.</summary>
    public static string Url
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString);
            var password = string.IsNullOrEmpty(b.Password) ? "" : ":" + Uri.EscapeDataString(b.Password);
            return $"postgresql://{Uri.EscapeDataString(b.Username ?? "postgres")}{password}@{b.Host}:{b.Port}/{b.Database}";
        }
    }

    public static Gen3Backend Sqlite() => new(null);

    public static Gen3Backend Postgres() => new("oods_t_" + Guid.NewGuid().ToString("N")[..16]);

    public Gen3Repository Create(string root, InstrumentDefinition? instrument) =>
        Schema is null ? Gen3Repository.Create(root, instrument) : Gen3Repository.Create(root, instrument, Url, Schema);

    public List<string> Rows(Gen3Repository repository, string sql)
    {
        if (Schema is null)
        {
            return Gen3TestData.Rows(repository.RegistryPath, sql);
        }

        using var connection = Connect();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Show(reader.GetValue(i)))));
        }

        return rows;
    }

    public void Execute(Gen3Repository repository, string sql)
    {
        if (Schema is null)
        {
            Gen3TestData.Execute(repository.RegistryPath, sql);
            return;
        }

        using var connection = Connect();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>A connection whose search path is the test schema.</summary>
    public NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { SearchPath = Schema }.ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        if (Schema is not null)
        {
            using var connection = Connect();
            using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE", connection);
            command.ExecuteNonQuery();
        }
    }

    private static string Show(object value) => value switch
    {
        DBNull => "NULL",
        bool b => b ? "1" : "0",
        Guid g => g.ToString("N"),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0.0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
