using Oods.Butler.Gen2;
using Oods.Butler.Gen3;
using Oods.Core.Expiry;
using Oods.Core.Repositories;

namespace Oods.Butler.Expiry;

/// <summary>Opens Gen3 (<c>butler.yaml</c>) and Gen2 (<c>_mapper</c>) repositories for expiry; never creates one.</summary>
public sealed class ButlerExpiryRegistries : IExpiryRegistryFactory
{
    private readonly TimeProvider _time;

    /// <summary>Creates the factory.</summary>
    /// <param name="time">The clock Gen2 writers use.</param>
    public ButlerExpiryRegistries(TimeProvider time)
    {
        _time = time;
    }

    /// <inheritdoc/>
    public IExpiryRegistry Open(RepositorySettings repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (Gen3Repository.IsGen3(repository.Directory))
        {
            return new Gen3ExpiryRegistry(Gen3Repository.Open(repository.Directory));
        }

        if (Gen2Repository.IsGen2(repository.Directory))
        {
            return new Gen2ExpiryRegistry(Gen2Repository.Open(repository.Directory, TransferMode.Move, _time));
        }

        throw new RepositoryException($"{repository.Directory} is not a Butler repository (no butler.yaml for Gen3, no _mapper for Gen2); nothing to expire");
    }
}
