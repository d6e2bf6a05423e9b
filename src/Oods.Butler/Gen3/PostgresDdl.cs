using System.Text.RegularExpressions;

namespace Oods.Butler.Gen3;

/// <summary>
/// Turns the SQLite DDL daf_butler emits into the PostgreSQL DDL it emits for the same tables: the column
/// types SQLAlchemy maps differently are rewritten; names of tables, constraints and indexes stay as they are.
/// </summary>
/// <remarks>
/// daf_butler declares autoincrement keys as BigInteger (SQLite shows them as INTEGER, PostgreSQL as
/// BIGSERIAL), dataset ids as a GUID type (SQLite CHAR(32), PostgreSQL native uuid) and floats as
/// Float (SQLite FLOAT, PostgreSQL DOUBLE PRECISION).
/// </remarks>
internal static partial class PostgresDdl
{
    /// <summary>The PostgreSQL form of one SQLite statement.</summary>
    /// <param name="sqlite">A CREATE TABLE or CREATE INDEX statement from a daf_butler SQLite schema.</param>
    /// <returns>The statement for PostgreSQL.</returns>
    public static string Translate(string sqlite)
    {
        ArgumentNullException.ThrowIfNull(sqlite);
        var sql = AutoIncrementKey().Replace(sqlite, "${name} BIGSERIAL NOT NULL");
        sql = Char32().Replace(sql, "UUID");
        sql = FloatType().Replace(sql, "DOUBLE PRECISION");
        return CurrentTimestamp().Replace(sql, "DEFAULT CURRENT_TIMESTAMP");
    }

    [GeneratedRegex(@"(?<name>^\s*\w+) INTEGER NOT NULL", RegexOptions.Multiline)]
    private static partial Regex AutoIncrementKey();

    [GeneratedRegex(@"\bCHAR\(32\)")]
    private static partial Regex Char32();

    [GeneratedRegex(@"\bFLOAT\b")]
    private static partial Regex FloatType();

    [GeneratedRegex(@"DEFAULT \(CURRENT_TIMESTAMP\)")]
    private static partial Regex CurrentTimestamp();
}
