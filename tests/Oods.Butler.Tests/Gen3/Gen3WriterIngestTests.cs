using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

public sealed class Gen3WriterIngestTests
{
    [Theory]
    [InlineData(TransferMode.Direct)]
    [InlineData(TransferMode.Copy)]
    [InlineData(TransferMode.Hardlink)]
    [InlineData(TransferMode.Symlink)]
    [InlineData(TransferMode.Relsymlink)]
    [InlineData(TransferMode.Link)]
    public async Task IngestAsync_SameFileTwice_SecondIsANoOpSuccess(TransferMode transfer)
    {
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Combine("repo"), Gen3TestData.Latiss);
        var file = new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "a.fits"), Gen3TestData.GoldenLatiss());

        var first = Assert.Single(await Gen3TestData.IngestAsync(repository, transfer, file));
        var second = Assert.Single(await Gen3TestData.IngestAsync(repository, transfer, file));

        Assert.True(first.Succeeded, first.Reason);
        Assert.True(second.Succeeded, second.Reason);
        Assert.Equal(first.DatasetId, second.DatasetId);
        Assert.Single(Gen3TestData.Rows(repository.RegistryPath, "SELECT * FROM dataset"));
        Assert.Single(Gen3TestData.Rows(repository.RegistryPath, "SELECT * FROM file_datastore_records"));
    }

    [Fact]
    public async Task IngestAsync_DifferentFileSameDataId_ThatFileFailsNamingBothPaths()
    {
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Combine("repo"), Gen3TestData.Latiss);
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
        Assert.Equal(2, Gen3TestData.Rows(repository.RegistryPath, "SELECT * FROM dataset").Count);
    }

    [Fact]
    public async Task IngestAsync_DifferingExposureRecord_ThatFileFailsListingTheColumns()
    {
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Combine("repo"), Gen3TestData.ComCam);
        var first = Gen3TestData.WriteFile(temp.Combine("in"), "d0.fits");
        var second = Gen3TestData.WriteFile(temp.Combine("in"), "d1.fits");
        var third = Gen3TestData.WriteFile(temp.Combine("in"), "d2.fits");
        var changed = Gen3TestData.ComCamRaw(1) with { Exposure = Gen3TestData.ComCamRaw(1).Exposure with { ExposureTime = 15.0, TargetName = "elsewhere" } };

        var results = await Gen3TestData.IngestAsync(
            repository,
            TransferMode.Direct,
            new RawFile(first, Gen3TestData.ComCamRaw(0)),
            new RawFile(second, changed),
            new RawFile(third, Gen3TestData.ComCamRaw(2)));

        Assert.True(results[0].Succeeded, results[0].Reason);
        Assert.False(results[1].Succeeded);
        Assert.Contains("exposure_time", results[1].Reason, StringComparison.Ordinal);
        Assert.Contains("target_name", results[1].Reason, StringComparison.Ordinal);
        Assert.True(results[2].Succeeded, results[2].Reason);
        Assert.Equal(2, Gen3TestData.Rows(repository.RegistryPath, "SELECT * FROM dataset_tags_00000001").Count);
    }

    [Fact]
    public async Task IngestAsync_UnregisteredFilter_ThatFileFails()
    {
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Combine("repo"), Gen3TestData.ComCam);
        var bad = Gen3TestData.ComCamRaw(0) with { Exposure = Gen3TestData.ComCamRaw(0).Exposure with { PhysicalFilter = "no_such_filter" } };

        var results = await Gen3TestData.IngestAsync(
            repository,
            TransferMode.Direct,
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "bad.fits"), bad),
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "good.fits"), Gen3TestData.ComCamRaw(1, 2024102700058)));

        Assert.False(results[0].Succeeded);
        Assert.True(results[1].Succeeded, results[1].Reason);
    }

    [Theory]
    [InlineData(TransferMode.Move)]
    [InlineData(TransferMode.Copy)]
    public async Task IngestAsync_OneFileOfAMovedBatchFails_OthersPlacedOnceAndTheFailedFileLeftWhereItWas(TransferMode transfer)
    {
        // The batch is first written whole; the failing file sends it back through per-file savepoints, and the
        // files placed by the first attempt must be put back before the second places them again.
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Combine("repo"), Gen3TestData.ComCam);
        var bad = Gen3TestData.ComCamRaw(1) with { Exposure = Gen3TestData.ComCamRaw(1).Exposure with { PhysicalFilter = "no_such_filter" } };
        var files = new[]
        {
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "a.fits"), Gen3TestData.ComCamRaw(0)),
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "b.fits"), bad),
            new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "c.fits"), Gen3TestData.ComCamRaw(2)),
        };

        var results = await Gen3TestData.IngestAsync(repository, transfer, files);

        Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
        var placed = Gen3TestData.Rows(repository.RegistryPath, "SELECT path FROM file_datastore_records");
        Assert.Equal(2, placed.Count);
        Assert.All(placed, p => Assert.True(File.Exists(Path.Combine(repository.Root, p)), p));
        Assert.Equal(2, Directory.GetFiles(repository.Root, "*.fits", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(files[1].Path));
        Assert.Equal(transfer == TransferMode.Copy, File.Exists(files[0].Path));
    }

    [Theory]
    [InlineData(TransferMode.Copy, false, false)]
    [InlineData(TransferMode.Move, false, false)]
    [InlineData(TransferMode.Hardlink, false, false)]
    [InlineData(TransferMode.Link, false, false)]
    [InlineData(TransferMode.Symlink, true, false)]
    [InlineData(TransferMode.Relsymlink, true, true)]
    public async Task IngestAsync_FileTransfer_PlacesTheFileAtTheTemplatePath(TransferMode transfer, bool isLink, bool relativeLink)
    {
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Combine("repo"), Gen3TestData.Latiss);
        var source = Gen3TestData.WriteFile(temp.Combine("in"), "AT_O_20210701_000123.fits.fz", size: 5760);

        var result = Assert.Single(await Gen3TestData.IngestAsync(repository, transfer, new RawFile(source, Gen3TestData.GoldenLatiss())));

        Assert.True(result.Succeeded, result.Reason);
        const string relative = "LATISS/raw/all/raw/20210701/AT_O_20210701_000123/raw_LATISS_SDSSr_65mm~empty_AT_O_20210701_000123_RXX_S00_LATISS_raw_all.fits.fz";
        Assert.Equal([relative + "|5760"], Gen3TestData.Rows(repository.RegistryPath, "SELECT path, file_size FROM file_datastore_records"));
        var target = new FileInfo(Path.Combine(repository.Root, relative));
        Assert.True(target.Exists);
        Assert.Equal(5760, File.ReadAllBytes(target.FullName).Length);
        Assert.Equal(transfer != TransferMode.Move, File.Exists(source));
        Assert.Equal(isLink, target.LinkTarget is not null);
        if (isLink)
        {
            Assert.Equal(relativeLink, !Path.IsPathRooted(target.LinkTarget));
        }

        Assert.Empty(Directory.GetFiles(repository.Root, "*.oods-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task IngestAsync_Direct_RecordsTheAbsoluteFileUri()
    {
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Combine("repo"), Gen3TestData.Latiss);
        var source = Gen3TestData.WriteFile(temp.Combine("in"), "x.fits");

        await Gen3TestData.IngestAsync(repository, TransferMode.Direct, new RawFile(source, Gen3TestData.GoldenLatiss()));

        Assert.Equal(["file://" + source], Gen3TestData.Rows(repository.RegistryPath, "SELECT path FROM file_datastore_records"));
        Assert.False(Directory.Exists(Path.Combine(repository.Root, "LATISS")));
    }

    [Fact]
    public void CreateWriter_Skip_Throws()
    {
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Path, null);
        Assert.Throws<RepositoryException>(() => repository.CreateWriter(TransferMode.Skip));
    }
}
