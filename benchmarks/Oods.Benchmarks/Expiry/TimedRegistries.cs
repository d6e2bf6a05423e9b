using System.Diagnostics;
using System.Globalization;
using Oods.Core.Expiry;
using Oods.Core.Repositories;

namespace Oods.Benchmarks.Expiry;

/// <summary>The real registries, each batch's removal timed: how long ingest into the same SQLite registry would wait.</summary>
/// <param name="inner">The registries.</param>
internal sealed class TimedRegistries(IExpiryRegistryFactory inner) : IExpiryRegistryFactory
{
    private readonly List<(int Size, TimeSpan Took)> _batches = [];

    /// <inheritdoc/>
    public IExpiryRegistry Open(RepositorySettings repository) => new Timed(inner.Open(repository), _batches);

    /// <summary>Batches, their sizes, and their transaction times (median, 99th percentile, longest).</summary>
    /// <returns>One line.</returns>
    public string Summary()
    {
        if (_batches.Count == 0)
        {
            return "no batches";
        }

        var times = _batches.Select(b => b.Took.TotalMilliseconds).Order().ToList();
        var sizes = _batches.Select(b => b.Size).Order().ToList();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{_batches.Count} batches of {sizes[0]}–{sizes[^1]} datasets (median {sizes[sizes.Count / 2]}); transaction median {times[times.Count / 2]:F0} ms, p99 {times[(int)(times.Count * 0.99)]:F0} ms, longest {times[^1]:F0} ms");
    }

    private sealed class Timed(IExpiryRegistry inner, List<(int Size, TimeSpan Took)> batches) : IExpiryRegistry
    {
        public bool RemovesFiles => inner.RemovesFiles;

        public bool HasCollection(string name) => inner.HasCollection(name);

        public IReadOnlyList<ExpiredDataset> FindExpired(IReadOnlyCollection<string> collections, IReadOnlyCollection<string> datasetTypes, DateTimeOffset before, bool excludeTagged) =>
            inner.FindExpired(collections, datasetTypes, before, excludeTagged);

        public void Remove(IReadOnlyList<ExpiredDataset> datasets)
        {
            var started = Stopwatch.GetTimestamp();
            inner.Remove(datasets);
            batches.Add((datasets.Count, Stopwatch.GetElapsedTime(started)));
        }

        public void Dispose() => inner.Dispose();
    }
}
