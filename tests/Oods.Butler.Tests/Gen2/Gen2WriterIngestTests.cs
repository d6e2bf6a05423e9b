using Oods.Butler.Gen2;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen2;

public sealed class Gen2WriterIngestTests
{
    private const string LatissTarget = "raw/2018-09-20/3018092000065-det000.fits";
    private const string ComCamTarget = "raw/2019-05-30/3019053000001/3019053000001-R22-S00-det000.fits";

    [Fact]
    public async Task IngestAsync_LatissMetadata_WritesRealRegistryRows()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.Latiss);
        var source = Gen2TestData.WriteFile(temp.Combine("staging"), "raw.fits");

        var results = await IngestAsync(root, TransferMode.Move, new RawFile(source, Gen2TestData.LatissRaw()));

        Assert.True(results[0].Succeeded, results[0].Reason);
        Assert.Equal("1", results[0].DatasetId);
        var registry = Path.Combine(root, "registry.sqlite3");
        Assert.Equal(
            ["1|2018-09-20|65|3018092000065|0|S00|unknown~unknown|2018-09-21T06:12:18.210|2018-09-21T06:12:18.210|27.0|UNKNOWN|UNKNOWN|-666|3018092000065|AT_C_20180920_000065|3018092000065"],
            Gen2TestData.Rows(registry, "SELECT * FROM raw"));
        Assert.Equal(
            ["2018-09-20|65|3018092000065|0|S00|unknown~unknown|2018-09-21T06:12:18.210|2018-09-21T06:12:18.210|27.0|UNKNOWN|UNKNOWN|-666|3018092000065|AT_C_20180920_000065|3018092000065"],
            Gen2TestData.Rows(registry, "SELECT * FROM raw_visit"));
        Assert.True(File.Exists(Path.Combine(root, LatissTarget)));
        Assert.False(File.Exists(source));
    }

    [Fact]
    public async Task IngestAsync_ComCamMetadata_WritesRealRegistryRows()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.ComCam);
        var source = Gen2TestData.WriteFile(temp.Combine("staging"), "raw.fits");

        var results = await IngestAsync(root, TransferMode.Move, new RawFile(source, Gen2TestData.ComCamRaw()));

        Assert.True(results[0].Succeeded, results[0].Reason);
        var registry = Path.Combine(root, "registry.sqlite3");
        Assert.Equal(
            ["1|unknown|3019053000001|unknown|2019-05-31T02:38:37.384|2019-05-31T02:38:37.384|0.0|R22|S00|0|0|UNKNOWN|BIAS|BIAS|ITL-3800C-229|-666|C|CC_C_20190530_000001|3019053000001|3019053000001|2019-05-30|1"],
            Gen2TestData.Rows(registry, "SELECT * FROM raw"));
        Assert.Equal(["3019053000001|unknown|2019-05-31T02:38:37.384|0.0"], Gen2TestData.Rows(registry, "SELECT * FROM raw_visit"));
        Assert.True(File.Exists(Path.Combine(root, ComCamTarget)));
    }

    [Fact]
    public async Task IngestAsync_TwoDetectorsOneVisit_OneRawVisitRow()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.ComCam);
        var a = Gen2TestData.WriteFile(temp.Combine("staging"), "a.fits", 1);
        var b = Gen2TestData.WriteFile(temp.Combine("staging"), "b.fits", 2);

        var results = await IngestAsync(root, TransferMode.Copy, new RawFile(a, Gen2TestData.ComCamRaw(0)), new RawFile(b, Gen2TestData.ComCamRaw(1)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));
        var registry = Path.Combine(root, "registry.sqlite3");
        Assert.Equal(["2"], Gen2TestData.Rows(registry, "SELECT count(*) FROM raw"));
        Assert.Equal(["1"], Gen2TestData.Rows(registry, "SELECT count(*) FROM raw_visit"));
    }

    [Fact]
    public async Task IngestAsync_Move_FileMovedToTemplate()
    {
        using var temp = new TempDirectory();
        var (root, source) = Prepare(temp);

        var results = await IngestAsync(root, TransferMode.Move, new RawFile(source, Gen2TestData.LatissRaw()));

        Assert.True(results[0].Succeeded, results[0].Reason);
        Assert.False(File.Exists(source));
        Assert.Equal(0x20, File.ReadAllBytes(Path.Combine(root, LatissTarget))[0]);
    }

    [Fact]
    public async Task IngestAsync_Copy_SourceKeptAndNoTemporaryLeft()
    {
        using var temp = new TempDirectory();
        var (root, source) = Prepare(temp);

        var results = await IngestAsync(root, TransferMode.Copy, new RawFile(source, Gen2TestData.LatissRaw()));

        Assert.True(results[0].Succeeded, results[0].Reason);
        Assert.True(File.Exists(source));
        var target = Path.Combine(root, LatissTarget);
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Theory]
    [InlineData(TransferMode.Link)]
    [InlineData(TransferMode.Symlink)]
    public async Task IngestAsync_Link_AbsoluteSymbolicLink(TransferMode mode)
    {
        using var temp = new TempDirectory();
        var (root, source) = Prepare(temp);

        var results = await IngestAsync(root, mode, new RawFile(source, Gen2TestData.LatissRaw()));

        Assert.True(results[0].Succeeded, results[0].Reason);
        Assert.Equal(source, new FileInfo(Path.Combine(root, LatissTarget)).LinkTarget);
    }

    [Fact]
    public async Task IngestAsync_Hardlink_SameBytesBothPlaces()
    {
        using var temp = new TempDirectory();
        var (root, source) = Prepare(temp);

        var results = await IngestAsync(root, TransferMode.Hardlink, new RawFile(source, Gen2TestData.LatissRaw()));

        Assert.True(results[0].Succeeded, results[0].Reason);
        var target = Path.Combine(root, LatissTarget);
        Assert.Null(new FileInfo(target).LinkTarget);
        File.WriteAllBytes(source, [1, 2, 3]);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(target));
    }

    [Fact]
    public async Task IngestAsync_Skip_RegistersWithoutPlacingFile()
    {
        using var temp = new TempDirectory();
        var (root, source) = Prepare(temp);

        var results = await IngestAsync(root, TransferMode.Skip, new RawFile(source, Gen2TestData.LatissRaw()));

        Assert.True(results[0].Succeeded, results[0].Reason);
        Assert.True(File.Exists(source));
        Assert.False(Directory.Exists(Path.Combine(root, "raw")));
        Assert.Equal(["1"], Gen2TestData.Rows(Path.Combine(root, "registry.sqlite3"), "SELECT count(*) FROM raw"));
    }

    [Fact]
    public async Task IngestAsync_OneFileMissing_OthersCommitted()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.ComCam);
        var good = Gen2TestData.WriteFile(temp.Combine("staging"), "good.fits");

        var results = await IngestAsync(
            root,
            TransferMode.Move,
            new RawFile(temp.Combine("staging", "missing.fits"), Gen2TestData.ComCamRaw(0)),
            new RawFile(good, Gen2TestData.ComCamRaw(1)));

        Assert.False(results[0].Succeeded);
        Assert.True(results[1].Succeeded, results[1].Reason);
        Assert.Equal(["1"], Gen2TestData.Rows(Path.Combine(root, "registry.sqlite3"), "SELECT detector FROM raw"));
    }

    [Fact]
    public async Task IngestAsync_NoGen2Fields_FailsThatFile()
    {
        using var temp = new TempDirectory();
        var (root, source) = Prepare(temp);

        var results = await IngestAsync(root, TransferMode.Move, new RawFile(source, Gen2TestData.LatissRaw() with { Gen2 = null }));

        Assert.False(results[0].Succeeded);
        Assert.True(File.Exists(source));
    }

    [Fact]
    public async Task IngestAsync_Cancelled_NothingWrittenAndFileBack()
    {
        using var temp = new TempDirectory();
        var (root, source) = Prepare(temp);
        await using var writer = Gen2Repository.Open(root, TransferMode.Move);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.IngestAsync([new RawFile(source, Gen2TestData.LatissRaw())], cts.Token));

        Assert.True(File.Exists(source));
    }

    internal static async Task<IReadOnlyList<RepositoryResult>> IngestAsync(string root, TransferMode mode, params RawFile[] files)
    {
        await using var writer = Gen2Repository.Open(root, mode);
        return await writer.IngestAsync(files, CancellationToken.None);
    }

    private static (string Root, string Source) Prepare(TempDirectory temp)
    {
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.Latiss);
        return (root, Gen2TestData.WriteFile(temp.Combine("staging"), "raw.fits"));
    }
}
