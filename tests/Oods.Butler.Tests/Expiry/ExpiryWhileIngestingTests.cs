using Oods.Butler.Tests.Gen3;
using Oods.Core.Repositories;

namespace Oods.Butler.Tests.Expiry;

public sealed class ExpiryWhileIngestingTests : IDisposable
{
    private readonly Gen3ExpiryFixture _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Run_RepeatedWhileIngestingIntoTheSameRun_EveryDatasetWholeOrWhollyGone()
    {
        // Age zero and a clock far ahead: every committed dataset is expired by the next pass, so passes race ingest.
        _repo.Time.SetUtcNow(DateTimeOffset.UtcNow.AddYears(1));
        var job = _repo.Job(Gen3ExpiryFixture.Rule(TimeSpan.Zero));
        var batches = Enumerable.Range(0, 30).Select(b => Enumerable.Range((b * 10) + 1, 10).ToArray()).ToArray();
        var files = batches.SelectMany(b => b).Select(n => Gen3TestData.WriteFile(Path.Combine(_repo.Staging, "d"), $"AT_O_{n:D6}.fits")).ToArray();
        var succeeded = 0;
        var ingest = Task.Run(async () =>
        {
            await using var writer = _repo.Repository.CreateWriter(TransferMode.Direct);
            foreach (var batch in batches)
            {
                var raws = batch.Select(n => new RawFile(files[n - 1], Gen3TestData.GoldenLatiss(2021070100000 + n, n))).ToArray();
                var results = await writer.IngestAsync(raws, CancellationToken.None);
                succeeded += results.Count(r => r.Succeeded);
            }
        });

        long expired = 0;
        var passes = 0;
        while (!ingest.IsCompleted || passes == 0)
        {
            expired += (await _repo.RunAsync(job)).Datasets;
            passes++;
        }

        await ingest;
        var remaining = _repo.Count("dataset");

        Assert.Equal(300, succeeded);
        Assert.Equal(300, expired + remaining);
        Assert.Equal(remaining, _repo.Count("file_datastore_records"));
        Assert.Equal(remaining, _repo.Count("dataset_location"));
        Assert.Equal(remaining, _repo.Count("dataset_tags_00000001"));
        Assert.Equal(remaining, files.Count(File.Exists));
        var recorded = Gen3TestData.Rows(_repo.Repository.RegistryPath, "SELECT path FROM file_datastore_records");
        Assert.All(recorded, uri => Assert.True(File.Exists(new Uri(uri).LocalPath), uri));
        Assert.True(passes > 1, $"only {passes} pass ran while ingesting");
    }
}
