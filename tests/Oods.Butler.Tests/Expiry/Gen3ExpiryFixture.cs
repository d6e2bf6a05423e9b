using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Oods.Butler.Expiry;
using Oods.Butler.Gen3;
using Oods.Butler.Tests.Gen3;
using Oods.Core.Configuration;
using Oods.Core.Expiry;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Expiry;

/// <summary>A real Gen3 SQLite repository with LATISS raws ingested in direct mode from a staging directory.</summary>
internal sealed class Gen3ExpiryFixture : IDisposable
{
    /// <summary>When the fixture's raws were ingested (written into <c>ingest_date</c>).</summary>
    public static readonly DateTimeOffset Ingested = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    public Gen3ExpiryFixture()
    {
        Repository = Gen3Repository.Create(_temp.Combine("repo"), Gen3TestData.Latiss);
        Staging = _temp.Combine("staging");
        Time = new FakeTimeProvider(Ingested);
    }

    public Gen3Repository Repository { get; }

    public string Staging { get; }

    public FakeTimeProvider Time { get; }

    public string Combine(params string[] parts) => _temp.Combine(parts);

    /// <summary>Ingests raws (exposures 2021070100000 + n) from a directory, by default the staging directory, and dates them <see cref="Ingested"/>.</summary>
    public async Task<string[]> IngestAsync(IEnumerable<int> numbers, string? from = null, TransferMode transfer = TransferMode.Direct)
    {
        var files = numbers
            .Select(n => new RawFile(Gen3TestData.WriteFile(Path.Combine(from ?? Staging, "2021-07-01"), $"AT_O_{n:D6}.fits"), Gen3TestData.GoldenLatiss(2021070100000 + n, n)))
            .ToArray();
        var results = await Gen3TestData.IngestAsync(Repository, transfer, files);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));
        SetIngestDate(Ingested);
        return [.. files.Select(f => f.Path)];
    }

    public void SetIngestDate(DateTimeOffset instant) =>
        Gen3TestData.Execute(Repository.RegistryPath, $"UPDATE dataset SET ingest_date = {((instant.UtcDateTime - DateTime.UnixEpoch).Ticks * 100) + 37_000_000_000L}");

    public int Count(string table) => int.Parse(Gen3TestData.Rows(Repository.RegistryPath, $"SELECT count(*) FROM {table}")[0], System.Globalization.CultureInfo.InvariantCulture);

    public CollectionExpiryJob Job(params CollectionCleanupRule[] rules)
    {
        var settings = new RepositorySettings(Repository.Root, TransferMode.Direct, Gen3TestData.Latiss);
        var options = new CollectionCleanerOptions { CollectionsToClean = [.. rules] };
        return ExpiryJobs.ForRepository("test", settings, options, ExpiryJobs.ManagedDirectories(settings, Staging));
    }

    public static CollectionCleanupRule Rule(TimeSpan age, bool excludeTagged = true, params string[] collections) => new()
    {
        Collections = collections.Length == 0 ? ["LATISS/raw/all"] : [.. collections],
        FilesOlderThan = new TimeInterval { Days = age.Days, Hours = age.Hours, Minutes = age.Minutes, Seconds = age.Seconds },
        ExcludeTagged = excludeTagged,
    };

    public Task<ExpiryTally> RunAsync(ExpiryJob job, bool dryRun = false) =>
        new ExpiryRunner(new ButlerExpiryRegistries(Time), Time, NullLogger<ExpiryRunner>.Instance).RunAsync(job, dryRun, null, CancellationToken.None);

    /// <summary>A non-dry pass through the given registries (e.g. a wrapper around <see cref="ButlerExpiryRegistries"/>).</summary>
    public Task<ExpiryTally> RunAsync(ExpiryJob job, IExpiryRegistryFactory registries, IProgress<string>? progress, CancellationToken cancellationToken) =>
        new ExpiryRunner(registries, Time, NullLogger<ExpiryRunner>.Instance).RunAsync(job, dryRun: false, progress, cancellationToken);

    public void Dispose() => _temp.Dispose();
}
