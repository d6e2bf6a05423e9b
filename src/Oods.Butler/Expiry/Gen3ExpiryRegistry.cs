using Microsoft.Data.Sqlite;
using Oods.Butler.Gen3;
using Oods.Core.Expiry;
using Oods.Core.Repositories;

namespace Oods.Butler.Expiry;

/// <summary>A Gen3 repository as expiry sees it: <see cref="Gen3Repository.FindExpired"/> and <see cref="Gen3Repository.RemoveDatasetsInBulk"/>.</summary>
internal sealed class Gen3ExpiryRegistry(Gen3Repository repository) : IExpiryRegistry
{
    public bool RemovesFiles => false;

    public bool HasCollection(string name) => Guard(() => repository.HasCollection(name));

    public IReadOnlyList<ExpiredDataset> FindExpired(IReadOnlyCollection<string> collections, IReadOnlyCollection<string> datasetTypes, DateTimeOffset before, bool excludeTagged) =>
        Guard(() => repository.FindExpired(collections, datasetTypes, before, excludeTagged)
            .Select(d => new ExpiredDataset(d.DatasetId, d.DatasetType, d.Run, d.Uri))
            .ToList());

    public void Remove(IReadOnlyList<ExpiredDataset> datasets) =>
        Guard(() =>
        {
            repository.RemoveDatasetsInBulk([.. datasets.Select(d => d.Id)]);
            return datasets.Count;
        });

    public void Dispose()
    {
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            throw new RepositoryException($"{repository.Root}: {e.Message}", e);
        }
    }
}
