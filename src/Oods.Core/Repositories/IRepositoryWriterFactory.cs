namespace Oods.Core.Repositories;

/// <summary>Opens (and, when absent, creates) the repository a stream writes to.</summary>
public interface IRepositoryWriterFactory
{
    /// <summary>Opens the repository; its kind (Gen3 or Gen2) is told from its files.</summary>
    /// <param name="settings">Where and how.</param>
    /// <param name="createIfMissing">Create a Gen3 repository when the directory holds none.</param>
    /// <returns>A writer.</returns>
    /// <exception cref="RepositoryException">The repository cannot be opened or created.</exception>
    IRepositoryWriter Open(RepositorySettings settings, bool createIfMissing);
}
