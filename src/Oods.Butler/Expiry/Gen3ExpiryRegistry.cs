using System.Data.Common;
using Oods.Butler.Gen3;
using Oods.Core.Expiry;
using Oods.Core.Repositories;

namespace Oods.Butler.Expiry;

/// <summary>A Gen3 repository as expiry sees it: <see cref="Gen3Repository.FindExpired"/> and a <see cref="DatasetRemover"/> for the pass's batches.</summary>
internal sealed class Gen3ExpiryRegistry(Gen3Repository repository) : IExpiryRegistry
{
    private DatasetRemover? _remover;

    public bool RemovesFiles => false;

    public bool HasCollection(string name) => Guard(() => repository.HasCollection(name));

    public IReadOnlyList<ExpiredDataset> FindExpired(IReadOnlyCollection<string> collections, IReadOnlyCollection<string> datasetTypes, DateTimeOffset before, bool excludeTagged) =>
        Guard(() => repository.FindExpired(collections, datasetTypes, before, excludeTagged, (id, type, run, uri) => new ExpiredDataset(id, type, run, uri)));

    public void Remove(IReadOnlyList<ExpiredDataset> datasets) =>
        Guard(() =>
        {
            _remover ??= repository.OpenRemover();
            _remover.Remove([.. datasets.Select(d => d.Id)]);
            return datasets.Count;
        });

    public void Dispose() => _remover?.Dispose();

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            throw new RepositoryException($"{repository.Root}: {e.Message}", e);
        }
    }
}
