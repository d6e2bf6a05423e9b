using System.Data.Common;

namespace Oods.Butler.Gen3;

/// <summary>
/// What differs between an SQLite and a PostgreSQL registry: how to connect, how a write transaction starts,
/// how the catalog is asked about tables, and how a few values are typed (butler.md §3.9). The SQL itself is shared.
/// </summary>
internal abstract class RegistryDialect
{
    /// <summary>Where the registry is, for messages (a file path or a URL with its namespace).</summary>
    public abstract string Location { get; }

    /// <summary>Opens a connection with the settings every OODS reader and writer uses.</summary>
    /// <returns>An open connection.</returns>
    public abstract DbConnection Connect();

    /// <summary>Starts a transaction that will write (SQLite takes the write lock at once).</summary>
    /// <param name="connection">The connection.</param>
    /// <returns>The transaction.</returns>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Serializes the one-time preparation of runs and tables among writers sharing the registry.</summary>
    /// <param name="connection">A connection inside a write transaction.</param>
    public virtual void LockForPreparation(DbConnection connection)
    {
    }

    /// <summary>Checks that a new registry can be created here and makes room for it (PostgreSQL: the schema).</summary>
    /// <param name="connection">A connection inside the creating transaction.</param>
    public virtual void PrepareNewRegistry(DbConnection connection)
    {
    }

    /// <summary>The column names of a table (empty when it does not exist).</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="table">The table.</param>
    /// <returns>The column names.</returns>
    public abstract HashSet<string> Columns(DbConnection connection, string table);

    /// <summary>Whether a table exists.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="table">The table.</param>
    /// <returns>True when it exists.</returns>
    public bool TableExists(DbConnection connection, string table) => Columns(connection, table).Count > 0;

    /// <summary>A statement of the SQLite template DDL in this database's form.</summary>
    /// <param name="sqliteDdl">A CREATE TABLE or CREATE INDEX statement from the template.</param>
    /// <returns>The statement to run.</returns>
    public abstract string Ddl(string sqliteDdl);

    /// <summary>A dataset id as the <c>dataset.id</c> column stores it.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The parameter value.</returns>
    public abstract object DatasetId(Guid id);

    /// <summary>A dataset id read from the registry, as 32 lower-case hex digits.</summary>
    /// <param name="value">The column value.</param>
    /// <returns>The hex text.</returns>
    public static string DatasetIdText(object value) => value switch
    {
        Guid g => DatasetIds.ToHex(g),
        byte[] bytes => Convert.ToHexStringLower(bytes),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A BOOLEAN column value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The parameter value.</returns>
    public abstract object Boolean(bool value);

    /// <summary>A TIMESTAMP column value (datasets manager 1.x <c>ingest_date</c>).</summary>
    /// <param name="utc">The UTC time.</param>
    /// <returns>The parameter value.</returns>
    public abstract object Timestamp(DateTime utc);

    /// <summary>Whether a failure means another writer got in the way, so the whole batch should run again.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>True for lock timeouts, serialization failures, deadlocks and lost insert races.</returns>
    public abstract bool IsTransient(DbException exception);

    /// <summary>The <c>butler.yaml</c> a new repository gets.</summary>
    /// <returns>The file text.</returns>
    public virtual string ButlerYaml() => Gen3Schema.ButlerYaml();
}
