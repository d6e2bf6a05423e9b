using Microsoft.Extensions.Time.Testing;
using Oods.Butler.Gen2;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen2;

public sealed class Gen2WriterExpiryTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListExpired_IngestTimeRecord_ListsOnlyOlder()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.ComCam);
        var clock = new FakeTimeProvider(Start);
        await using var writer = Gen2Repository.Open(root, TransferMode.Copy, clock);
        await writer.IngestAsync([new RawFile(Gen2TestData.WriteFile(temp.Path, "a.fits"), Gen2TestData.ComCamRaw(0))], CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(2));
        await writer.IngestAsync([new RawFile(Gen2TestData.WriteFile(temp.Path, "b.fits"), Gen2TestData.ComCamRaw(1))], CancellationToken.None);

        var expired = writer.ListExpired(Start.AddDays(1));

        var entry = Assert.Single(expired);
        Assert.Equal(0, entry.Detector);
        Assert.Equal(Start, entry.IngestTime);
        Assert.Equal(Path.Combine(root, "raw", "2019-05-30", "3019053000001", "3019053000001-R22-S00-det000.fits"), entry.FilePath);
    }

    [Fact]
    public async Task ListExpired_NoRecord_UsesFileModificationTime()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.Latiss);
        await using var writer = Gen2Repository.Open(root, TransferMode.Copy);
        await writer.IngestAsync([new RawFile(Gen2TestData.WriteFile(temp.Path, "a.fits"), Gen2TestData.LatissRaw())], CancellationToken.None);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(root, "registry.sqlite3")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM oods_ingest";
            command.ExecuteNonQuery();
        }

        var target = Path.Combine(root, "raw", "2018-09-20", "3018092000065-det000.fits");
        File.SetLastWriteTimeUtc(target, Start.UtcDateTime);

        Assert.Empty(writer.ListExpired(Start));
        var entry = Assert.Single(writer.ListExpired(Start.AddMinutes(1)));
        Assert.Equal(Start, entry.IngestTime);
    }

    [Fact]
    public async Task Remove_OneOfTwoDetectors_KeepsVisitRowThenRemovesIt()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.ComCam);
        var clock = new FakeTimeProvider(Start);
        await using var writer = Gen2Repository.Open(root, TransferMode.Copy, clock);
        await writer.IngestAsync(
            [new RawFile(Gen2TestData.WriteFile(temp.Path, "a.fits"), Gen2TestData.ComCamRaw(0)), new RawFile(Gen2TestData.WriteFile(temp.Path, "b.fits"), Gen2TestData.ComCamRaw(1))],
            CancellationToken.None);
        var registry = Path.Combine(root, "registry.sqlite3");
        var all = writer.ListExpired(Start.AddDays(1));

        var removed = writer.Remove(all.Take(1));

        Assert.Single(removed);
        Assert.False(File.Exists(all[0].FilePath));
        Assert.True(File.Exists(all[1].FilePath));
        Assert.Equal(["1"], Gen2TestData.Rows(registry, "SELECT count(*) FROM raw_visit"));

        removed = writer.Remove(all);

        Assert.Equal([all[1]], removed);
        Assert.Equal(["0|0|0"], Gen2TestData.Rows(registry, "SELECT (SELECT count(*) FROM raw), (SELECT count(*) FROM raw_visit), (SELECT count(*) FROM oods_ingest)"));
        Assert.False(File.Exists(all[1].FilePath));
    }

    [Fact]
    public async Task Remove_ThenIngestAgain_Succeeds()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.Latiss);
        await using var writer = Gen2Repository.Open(root, TransferMode.Copy);
        var file = new RawFile(Gen2TestData.WriteFile(temp.Path, "a.fits"), Gen2TestData.LatissRaw());
        await writer.IngestAsync([file], CancellationToken.None);
        writer.Remove(writer.ListExpired(DateTimeOffset.MaxValue));

        var results = await writer.IngestAsync([file], CancellationToken.None);

        Assert.True(results[0].Succeeded, results[0].Reason);
    }
}
