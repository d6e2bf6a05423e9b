using Oods.Core.Repositories;

namespace Oods.Core.Expiry;

/// <summary>Opens repositories for expiry (implemented by the Butler project).</summary>
public interface IExpiryRegistryFactory
{
    /// <summary>Opens an existing repository.</summary>
    /// <param name="repository">The repository.</param>
    /// <returns>The registry; dispose it when the pass is over.</returns>
    /// <exception cref="RepositoryException">It is not there or cannot be opened.</exception>
    IExpiryRegistry Open(RepositorySettings repository);
}
