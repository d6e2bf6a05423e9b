using Microsoft.Data.Sqlite;

namespace Oods.Butler.Gen2;

/// <summary>SQLite plumbing for Gen2 registries.</summary>
internal static class Gen2Registry
{
    /// <summary>OODS's own record of when each raw was ingested; Gen2 tools select by column name and never see it.</summary>
    public const string IngestTableDdl = "CREATE TABLE IF NOT EXISTS oods_ingest (raw_id INTEGER PRIMARY KEY, ingest_time TEXT NOT NULL)";

    /// <summary>Opens a connection (the file is created if missing) that waits for other writers.</summary>
    /// <param name="path">The registry file.</param>
    /// <returns>The open connection.</returns>
    public static SqliteConnection Connect(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 30000");
        return connection;
    }

    /// <summary>Runs one statement without results.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The statement.</param>
    /// <param name="parameters">Positional parameters bound as <c>$p0</c>, <c>$p1</c>, ...</param>
    /// <returns>Rows changed.</returns>
    public static int Execute(SqliteConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Builds a command with positional parameters <c>$p0</c>, <c>$p1</c>, ...</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The statement.</param>
    /// <param name="parameters">The values.</param>
    /// <returns>The command; the caller disposes it.</returns>
    public static SqliteCommand Command(SqliteConnection connection, string sql, params object?[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i}", parameters[i] ?? DBNull.Value);
        }

        return command;
    }
}
