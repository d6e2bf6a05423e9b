using Oods.Butler.Tests.Gen3;
using Oods.Core.Configuration;
using Oods.Core.Expiry;
using Oods.Core.Repositories;

namespace Oods.Butler.Tests.Expiry;

/// <summary>The <c>collection_cleaner</c> of a <c>message_ingester</c>: its datasets' rows expire, their S3 objects stay.</summary>
public sealed class MessageStreamExpiryTests : IDisposable
{
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);
    private readonly Gen3ExpiryFixture _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void FromOptions_MessageIngesterWithCleaner_GivesItsRepositoryJobOnItsSchedule()
    {
        var options = new OodsOptions { MessageIngester = Messages() };

        var job = Assert.IsType<CollectionExpiryJob>(Assert.Single(ExpiryJobs.FromOptions(options, "/")));

        Assert.Equal($"s3test:collections:{_repo.Repository.Root}", job.Name);
        Assert.Equal(_repo.Repository.Root, job.Repository.Directory);
        Assert.Equal(TransferMode.Direct, job.Repository.Transfer);
        Assert.Equal(["s3"], job.RowsOnlySchemes);
        Assert.Equal(Gen3ExpiryFixture.Ingested + TimeSpan.FromMinutes(10), job.Schedule.Next(Gen3ExpiryFixture.Ingested));
        options.MessageIngester!.Butler!.CollectionCleaner = null;
        Assert.Empty(ExpiryJobs.FromOptions(options, "/"));
    }

    [Fact]
    public async Task Run_OldS3Datasets_RowsRemoved_ObjectsLeft_YoungOnesKept()
    {
        await IngestObjectsAsync(1, 2);
        _repo.SetIngestDate(Gen3ExpiryFixture.Ingested);
        await IngestObjectsAsync(3);
        var young = TaiNanoseconds(Gen3ExpiryFixture.Ingested + Month);
        Gen3TestData.Execute(_repo.Repository.RegistryPath, $"UPDATE dataset SET ingest_date = {young} WHERE ingest_date <> {TaiNanoseconds(Gen3ExpiryFixture.Ingested)}");
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month + TimeSpan.FromSeconds(1));
        var job = ExpiryJobs.ForMessageStream(Messages(), "/");

        var dry = await _repo.RunAsync(job, dryRun: true);
        Assert.Equal((2L, 0L), (dry.Datasets, dry.Files));
        Assert.Equal(3, _repo.Count("dataset"));

        var tally = await _repo.RunAsync(job);

        Assert.Equal((2L, 0L, 0L, 0L), (tally.Datasets, tally.Files, tally.Skipped, tally.Failed));
        Assert.Equal(["s3://embargo@rubin-summit/LATISS/3.fits"], Gen3TestData.Rows(_repo.Repository.RegistryPath, "SELECT path FROM file_datastore_records"));
        Assert.Equal(1, _repo.Count("dataset"));
    }

    [Fact]
    public async Task Run_S3DatasetsUnderAFileStreamsJob_AreKeptWhole()
    {
        await IngestObjectsAsync(1);
        _repo.SetIngestDate(Gen3ExpiryFixture.Ingested);
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);

        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month)));

        Assert.Equal((0L, 1L), (tally.Datasets, tally.Skipped));
        Assert.Equal(1, _repo.Count("dataset"));
    }

    private static long TaiNanoseconds(DateTimeOffset instant) => ((instant.UtcDateTime - DateTime.UnixEpoch).Ticks * 100) + 37_000_000_000L;

    private MessageIngesterOptions Messages() => new()
    {
        Name = "s3test",
        Butler = new S3ButlerOptions
        {
            Instrument = "LATISS",
            RepoDirectory = _repo.Repository.Root,
            Transfer = "direct",
            S3profile = "embargo",
            CollectionCleaner = new CollectionCleanerOptions
            {
                CollectionsToClean = [Gen3ExpiryFixture.Rule(Month)],
                CleaningInterval = TimeInterval.FromSeconds(600),
            },
        },
    };

    /// <summary>Records LATISS raws as objects of a bucket, as the S3 message stream does (direct, by URI).</summary>
    private async Task IngestObjectsAsync(params int[] numbers)
    {
        var files = numbers.Select(n => new RawFile($"s3://embargo@rubin-summit/LATISS/{n}.fits", Gen3TestData.GoldenLatiss(2021070100000 + n, n)) { Size = 2880 }).ToArray();
        var results = await Gen3TestData.IngestAsync(_repo.Repository, TransferMode.Direct, files);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));
    }
}
