namespace Oods.Butler.Gen3;

/// <summary>Collection look-ups for expiry.</summary>
public sealed partial class Gen3Repository
{
    /// <summary>Whether a collection of any type exists.</summary>
    /// <param name="name">The collection name.</param>
    /// <returns>True when the registry has it.</returns>
    public bool HasCollection(string name)
    {
        using var connection = Dialect.Connect();
        return RegistryCommands.Scalar(connection, "SELECT 1 FROM collection WHERE name = @n", ("@n", name)) is not null;
    }
}
