using Microsoft.Data.Sqlite;

namespace Oods.TestUtilities;

/// <summary>Read-only looks into a Gen3 SQLite registry, for assertions.</summary>
public static class Gen3RegistryFile
{
    /// <summary>The <c>file_datastore_records</c> paths as recorded (URIs or relative paths), sorted.</summary>
    /// <param name="repositoryRoot">The repository directory (holding <c>gen3.sqlite3</c>).</param>
    /// <returns>The paths; empty while the registry or its tables do not exist yet.</returns>
    public static List<string> DatastorePaths(string repositoryRoot)
    {
        var registry = Path.Combine(repositoryRoot, "gen3.sqlite3");
        var paths = new List<string>();
        if (!File.Exists(registry))
        {
            return paths;
        }

        using var connection = new SqliteConnection($"Data Source={registry};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'file_datastore_records'";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return paths;
        }

        command.CommandText = "SELECT path FROM file_datastore_records ORDER BY path";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            paths.Add(reader.GetString(0));
        }

        return paths;
    }
}
