using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

/// <summary>Ingest scenarios that must hold alike on every registry database (<see cref="Gen3Backend"/>).</summary>
internal static class Gen3IngestScenarios
{
    /// <summary>The same file twice (the second time through a newly opened repository): one dataset, one file record, one exposure.</summary>
    public static async Task SameFileTwiceAsync(Gen3Backend backend, TempDirectory temp, TransferMode transfer)
    {
        var repository = backend.Create(temp.Combine("repo"), Gen3TestData.Latiss);
        var file = new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "a.fits"), Gen3TestData.GoldenLatiss());

        var first = Assert.Single(await Gen3TestData.IngestAsync(repository, transfer, file));
        var second = Assert.Single(await Gen3TestData.IngestAsync(Gen3Repository.Open(repository.Root), transfer, file));

        Assert.True(first.Succeeded, first.Reason);
        Assert.True(second.Succeeded, second.Reason);
        Assert.Equal("4472ee2749fd527181d4f754a447cc0b", second.DatasetId);
        Assert.Equal(["4472ee2749fd527181d4f754a447cc0b"], backend.Rows(repository, "SELECT id FROM dataset"));
        Assert.Equal(["1"], backend.Rows(repository, "SELECT count(*) FROM file_datastore_records"));
        Assert.Equal(["1"], backend.Rows(repository, "SELECT count(*) FROM exposure"));
    }

    /// <summary>Another file with an ingested file's data ID fails naming both paths; the rest of its batch commits.</summary>
    public static async Task DifferentFileSameDataIdAsync(Gen3Backend backend, TempDirectory temp)
    {
        var repository = backend.Create(temp.Combine("repo"), Gen3TestData.Latiss);
        var a = Gen3TestData.WriteFile(temp.Combine("in"), "a.fits");
        var b = Gen3TestData.WriteFile(temp.Combine("in"), "b.fits", fill: 0x41);
        var other = Gen3TestData.WriteFile(temp.Combine("in"), "c.fits");
        await Gen3TestData.IngestAsync(repository, TransferMode.Direct, new RawFile(a, Gen3TestData.GoldenLatiss()));

        var results = await Gen3TestData.IngestAsync(
            repository,
            TransferMode.Direct,
            new RawFile(b, Gen3TestData.GoldenLatiss()),
            new RawFile(other, Gen3TestData.GoldenLatiss(2021070100124, 124)));

        Assert.False(results[0].Succeeded);
        Assert.Contains(a, results[0].Reason, StringComparison.Ordinal);
        Assert.Contains(b, results[0].Reason, StringComparison.Ordinal);
        Assert.True(results[1].Succeeded, results[1].Reason);
        Assert.Equal(["2"], backend.Rows(repository, "SELECT count(*) FROM dataset"));
    }

    /// <summary>A file whose exposure differs from the registered one fails listing every differing column; its neighbours commit.</summary>
    public static async Task DifferingExposureRecordAsync(Gen3Backend backend, TempDirectory temp)
    {
        var repository = backend.Create(temp.Combine("repo"), Gen3TestData.ComCam);
        var changed = Gen3TestData.ComCamRaw(1) with
        {
            Exposure = Gen3TestData.ComCamRaw(1).Exposure with { ExposureTime = 15.0, TargetName = "elsewhere", CanSeeSky = false },
        };

        var results = await Gen3TestData.IngestAsync(
            repository,
            TransferMode.Direct,
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "d0.fits"), Gen3TestData.ComCamRaw(0)),
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "d1.fits"), changed),
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "d2.fits"), Gen3TestData.ComCamRaw(2)));

        Assert.True(results[0].Succeeded, results[0].Reason);
        Assert.False(results[1].Succeeded);
        Assert.Contains("exposure_time", results[1].Reason, StringComparison.Ordinal);
        Assert.Contains("target_name", results[1].Reason, StringComparison.Ordinal);
        Assert.Contains("can_see_sky", results[1].Reason, StringComparison.Ordinal);
        Assert.True(results[2].Succeeded, results[2].Reason);
        Assert.Equal(["2"], backend.Rows(repository, "SELECT count(*) FROM dataset_tags_00000001"));
    }

    /// <summary>
    /// A batch is first written whole; a failing file sends it back through per-file savepoints, and the files the
    /// first attempt placed must be put back before the second places them again.
    /// </summary>
    public static async Task OneFileOfAPlacedBatchFailsAsync(Gen3Backend backend, TempDirectory temp, TransferMode transfer)
    {
        var repository = backend.Create(temp.Combine("repo"), Gen3TestData.ComCam);
        var bad = Gen3TestData.ComCamRaw(1) with { Exposure = Gen3TestData.ComCamRaw(1).Exposure with { PhysicalFilter = "no_such_filter" } };
        var files = new[]
        {
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "a.fits"), Gen3TestData.ComCamRaw(0)),
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "b.fits"), bad),
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "c.fits"), Gen3TestData.ComCamRaw(2)),
        };

        var results = await Gen3TestData.IngestAsync(repository, transfer, files);

        Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
        var placed = backend.Rows(repository, "SELECT path FROM file_datastore_records");
        Assert.Equal(2, placed.Count);
        Assert.All(placed, p => Assert.True(File.Exists(Path.Combine(repository.Root, p)), p));
        Assert.Equal(2, Directory.GetFiles(repository.Root, "*.fits", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(files[1].Path));
        Assert.Equal(transfer == TransferMode.Copy, File.Exists(files[0].Path));
    }
}
