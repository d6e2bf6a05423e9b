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

    /// <summary>What the repository will really do with a file given <paramref name="settings"/> (a Gen2 repository moves what Gen3 would reference).</summary>
    /// <param name="settings">Where and how.</param>
    /// <returns>The transfer mode in effect.</returns>
    TransferMode EffectiveTransfer(RepositorySettings settings) => settings?.Transfer ?? throw new ArgumentNullException(nameof(settings));
}
