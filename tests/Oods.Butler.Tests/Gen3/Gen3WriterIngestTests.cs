using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

public sealed class Gen3WriterIngestTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(TransferMode.Direct)]
    [InlineData(TransferMode.Copy)]
    [InlineData(TransferMode.Hardlink)]
    [InlineData(TransferMode.Symlink)]
    [InlineData(TransferMode.Relsymlink)]
    [InlineData(TransferMode.Link)]
    public Task IngestAsync_SameFileTwice_SecondIsANoOpSuccess(TransferMode transfer) =>
        Gen3IngestScenarios.SameFileTwiceAsync(Gen3Backend.Sqlite(), _temp, transfer);

    [Fact]
    public Task IngestAsync_DifferentFileSameDataId_ThatFileFailsNamingBothPaths() =>
        Gen3IngestScenarios.DifferentFileSameDataIdAsync(Gen3Backend.Sqlite(), _temp);

    [Fact]
    public Task IngestAsync_DifferingExposureRecord_ThatFileFailsListingTheColumns() =>
        Gen3IngestScenarios.DifferingExposureRecordAsync(Gen3Backend.Sqlite(), _temp);

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
    public Task IngestAsync_OneFileOfAMovedBatchFails_OthersPlacedOnceAndTheFailedFileLeftWhereItWas(TransferMode transfer) =>
        Gen3IngestScenarios.OneFileOfAPlacedBatchFailsAsync(Gen3Backend.Sqlite(), _temp, transfer);

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
