using Oods.Butler.Gen2;
using Oods.Butler.Gen3;
using Oods.Core.Repositories;

namespace Oods.Butler;

/// <summary>Opens the repository a stream writes to, telling Gen3 (<c>butler.yaml</c>) from Gen2 (<c>_mapper</c>) by its files.</summary>
public sealed class ButlerRepositoryFactory : IRepositoryWriterFactory
{
    /// <inheritdoc/>
    public IRepositoryWriter Open(RepositorySettings settings, bool createIfMissing)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var root = settings.Directory;
        Gen3Repository repository;
        if (Gen3Repository.IsGen3(root))
        {
            repository = Gen3Repository.Open(root);
            if (settings.Instrument is { } instrument)
            {
                repository.RegisterInstrument(instrument);
            }
        }
        else if (Gen2Repository.IsGen2(root))
        {
            return Gen2Repository.Open(root, settings.Transfer == TransferMode.Direct ? TransferMode.Move : settings.Transfer);
        }
        else if (createIfMissing)
        {
            repository = Gen3Repository.Create(root, settings.Instrument);
        }
        else
        {
            throw new RepositoryException($"{root} is not a Butler repository (no butler.yaml for Gen3, no _mapper for Gen2)");
        }

        return repository.CreateWriter(settings.Transfer);
    }

    /// <inheritdoc/>
    public TransferMode EffectiveTransfer(RepositorySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Transfer == TransferMode.Direct && Gen2Repository.IsGen2(settings.Directory) ? TransferMode.Move : settings.Transfer;
    }
}
