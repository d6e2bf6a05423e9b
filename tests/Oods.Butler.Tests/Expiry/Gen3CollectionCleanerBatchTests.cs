using Oods.Butler.Expiry;
using Oods.Core.Expiry;
using Oods.Core.Repositories;

namespace Oods.Butler.Tests.Expiry;

/// <summary>A pass of several registry transactions: the next batch is prepared and the previous one's files deleted while rows go.</summary>
public sealed class Gen3CollectionCleanerBatchTests : IDisposable
{
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);
    private readonly Gen3ExpiryFixture _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Run_FourBatches_EveryRowAndFileGoneAndCountedOnce()
    {
        var files = await _repo.IngestAsync(Enumerable.Range(1, 7));
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);
        var progress = new List<string>();

        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month)) with { BatchSize = 2 }, new ButlerExpiryRegistries(_repo.Time), new Recorder(progress.Add), CancellationToken.None);

        Assert.Equal((7L, 7L, 7L * 2880, 0L, 0L), (tally.Datasets, tally.Files, tally.Bytes, tally.Skipped, tally.Failed));
        Assert.All(files, f => Assert.False(File.Exists(f), f));
        Assert.Equal(["2/7", "4/7", "6/7", "7/7"], progress.Skip(1).Select(p => p.Split(' ')[1]));
        foreach (var table in new[] { "dataset", "file_datastore_records", "dataset_location", "dataset_tags_00000001" })
        {
            Assert.Equal(0, _repo.Count(table));
        }
    }

    [Fact]
    public async Task Run_SecondBatchRefusedByTheRegistry_ItsDatasetsKeptWholeTheOthersGone()
    {
        var files = await _repo.IngestAsync(Enumerable.Range(1, 7));
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);
        var registries = new RefusingRegistries(new ButlerExpiryRegistries(_repo.Time), refuse: 2);

        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month)) with { BatchSize = 2 }, registries, null, CancellationToken.None);

        Assert.Equal((5L, 5L, 2L), (tally.Datasets, tally.Files, tally.Failed));
        var refused = Assert.Single(registries.Refused);
        Assert.Equal(2, _repo.Count("dataset"));
        Assert.Equal(2, _repo.Count("file_datastore_records"));
        Assert.All(refused, d => Assert.True(File.Exists(d.File), d.File));
        Assert.Equal(5, files.Count(f => !File.Exists(f)));
    }

    [Fact]
    public async Task Run_CancelledAfterTheFirstBatch_ThatBatchFinishedTheRestKept()
    {
        var files = await _repo.IngestAsync(Enumerable.Range(1, 7));
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);
        using var stop = new CancellationTokenSource();
        var progress = new Recorder(p =>
        {
            if (p.EndsWith(" 2/7 datasets", StringComparison.Ordinal))
            {
                stop.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month)) with { BatchSize = 2 }, new ButlerExpiryRegistries(_repo.Time), progress, stop.Token));

        // The batch whose rows were gone when the stop came had its files deleted before the pass returned.
        Assert.Equal(5, _repo.Count("dataset"));
        Assert.Equal(2, files.Count(f => !File.Exists(f)));
    }

    [Fact]
    public async Task Run_BatchesSlowerThanTheBatchTime_LaterBatchesSmallerThenGrowBack()
    {
        await _repo.IngestAsync(Enumerable.Range(1, 30));
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);

        // The first two batches hold the registry 1 s each on the pass's clock (4 × the 250 ms batch time), the rest no time.
        var registries = new SlowRegistries(new ButlerExpiryRegistries(_repo.Time), _repo.Time, slow: 2);
        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month)) with { BatchSize = 8 }, registries, null, CancellationToken.None);

        // The batch prepared while a slow one runs keeps its size; then 8 × 250/1000 = 2, then doubling back to 8.
        Assert.Equal([8, 8, 2, 2, 4, 4, 2], registries.Sizes);
        Assert.Equal(30, tally.Datasets);
        Assert.Equal(0, _repo.Count("dataset"));
    }

    [Theory]
    [InlineData(5000, 1000, 1250)]
    [InlineData(5000, 250, 5000)]
    [InlineData(5000, 200, 5000)]
    [InlineData(5000, 100, 5000)]
    [InlineData(2500, 100, 5000)]
    [InlineData(1000, 100, 2000)]
    [InlineData(5000, 500, 2500)]
    [InlineData(5000, 900, 1388)]
    [InlineData(5000, 60_000, 100)]
    public void NextBatchSize_ProportionalToTheBatchTimeWithinBounds(int count, int tookMs, int expected)
    {
        var job = _repo.Job(Gen3ExpiryFixture.Rule(Month));

        Assert.Equal(expected, ExpiryBatchSizing.Next(job, count, TimeSpan.FromMilliseconds(tookMs)));
    }

    /// <summary>Calls back on the reporting thread (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Recorder(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }

    /// <summary>The real registries; each batch's size is recorded, and the first ones advance the pass's clock by 1 s.</summary>
    private sealed class SlowRegistries(IExpiryRegistryFactory inner, Microsoft.Extensions.Time.Testing.FakeTimeProvider time, int slow) : IExpiryRegistryFactory
    {
        public List<int> Sizes { get; } = [];

        public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => time;

        public int SlowBatches => slow;

        public IExpiryRegistry Open(RepositorySettings repository) => new Slow(inner.Open(repository), this);

        private sealed class Slow(IExpiryRegistry inner, SlowRegistries owner) : IExpiryRegistry
        {
            public bool RemovesFiles => inner.RemovesFiles;

            public bool HasCollection(string name) => inner.HasCollection(name);

            public IReadOnlyList<ExpiredDataset> FindExpired(IReadOnlyCollection<string> collections, IReadOnlyCollection<string> datasetTypes, DateTimeOffset before, bool excludeTagged) =>
                inner.FindExpired(collections, datasetTypes, before, excludeTagged);

            public void Remove(IReadOnlyList<ExpiredDataset> datasets)
            {
                owner.Sizes.Add(datasets.Count);
                inner.Remove(datasets);
                if (owner.Sizes.Count <= owner.SlowBatches)
                {
                    owner.Time.Advance(TimeSpan.FromSeconds(1));
                }
            }

            public void Dispose() => inner.Dispose();
        }
    }

    /// <summary>The real registries, except that the n-th batch removed is refused as a broken registry would.</summary>
    private sealed class RefusingRegistries(IExpiryRegistryFactory inner, int refuse) : IExpiryRegistryFactory
    {
        public List<IReadOnlyList<ExpiredDataset>> Refused { get; } = [];

        public IExpiryRegistry Open(RepositorySettings repository) => new Refusing(inner.Open(repository), this, refuse);

        private sealed class Refusing(IExpiryRegistry inner, RefusingRegistries owner, int refuse) : IExpiryRegistry
        {
            private int _batches;

            public bool RemovesFiles => inner.RemovesFiles;

            public bool HasCollection(string name) => inner.HasCollection(name);

            public IReadOnlyList<ExpiredDataset> FindExpired(IReadOnlyCollection<string> collections, IReadOnlyCollection<string> datasetTypes, DateTimeOffset before, bool excludeTagged) =>
                inner.FindExpired(collections, datasetTypes, before, excludeTagged);

            public void Remove(IReadOnlyList<ExpiredDataset> datasets)
            {
                if (++_batches == refuse)
                {
                    owner.Refused.Add([.. datasets]);
                    throw new RepositoryException("the registry refused this batch (test)");
                }

                inner.Remove(datasets);
            }

            public void Dispose() => inner.Dispose();
        }
    }
}
