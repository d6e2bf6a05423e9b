namespace Oods.Butler.Gen3;

/// <summary>Collection look-ups for expiry.</summary>
public sealed partial class Gen3Repository
{
    /// <summary>Whether a collection of any type exists.</summary>
    /// <param name="name">The collection name.</param>
    /// <returns>True when the registry has it.</returns>
    public bool HasCollection(string name)
    {
        using var connection = Connect(RegistryPath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM collection WHERE name = $n";
        command.Parameters.AddWithValue("$n", name);
        return command.ExecuteScalar() is not null;
    }
}
