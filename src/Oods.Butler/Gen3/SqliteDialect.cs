using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Oods.Butler.Gen3;

/// <summary>An SQLite registry file: WAL, a busy timeout, and <c>BEGIN IMMEDIATE</c> so two processes can share it.</summary>
/// <param name="path">The registry file.</param>
internal sealed class SqliteDialect(string path) : RegistryDialect
{
    /// <inheritdoc/>
    public override string Location => path;

    /// <inheritdoc/>
    public override DbConnection Connect()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 60 }.ToString());
        connection.Open();

        // WAL lets Butler readers query while OODS writes; the busy timeout lets two OODS processes share one file.
        // Savepoint and statement journals in memory, not in temporary files: they halved the time of a raw's inserts
        // (they are only kept until the statement or savepoint ends; the database itself is untouched by this).
        foreach (var pragma in (string[])["PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=60000", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"])
        {
            RegistryCommands.Execute(connection, pragma);
        }

        return connection;
    }

    /// <inheritdoc/>
    public override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    /// <inheritdoc/>
    public override HashSet<string> Columns(DbConnection connection, string table) =>
        [.. RegistryCommands.Strings(connection, "SELECT name FROM pragma_table_info(@t)", ("@t", table))];

    /// <inheritdoc/>
    public override string Ddl(string sqliteDdl) => sqliteDdl;

    /// <inheritdoc/>
    public override object DatasetId(Guid id) => DatasetIds.ToHex(id);

    /// <inheritdoc/>
    public override object Boolean(bool value) => value ? 1L : 0L;

    /// <inheritdoc/>
    public override object Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override bool IsTransient(DbException exception) => exception is SqliteException { SqliteErrorCode: 5 or 6 };
}
