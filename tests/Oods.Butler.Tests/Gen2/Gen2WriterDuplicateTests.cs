using Oods.Butler.Gen2;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen2;

public sealed class Gen2WriterDuplicateTests
{
    [Fact]
    public async Task IngestAsync_SameFileAgainAfterCopy_NoOpSuccess()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.Latiss);
        var source = Gen2TestData.WriteFile(temp.Combine("staging"), "raw.fits");
        var file = new RawFile(source, Gen2TestData.LatissRaw());

        var first = await Gen2WriterIngestTests.IngestAsync(root, TransferMode.Copy, file);
        var second = await Gen2WriterIngestTests.IngestAsync(root, TransferMode.Copy, file);

        Assert.True(second[0].Succeeded, second[0].Reason);
        Assert.Equal(first[0].DatasetId, second[0].DatasetId);
        Assert.Equal(["1"], Gen2TestData.Rows(Path.Combine(root, "registry.sqlite3"), "SELECT count(*) FROM raw"));
    }

    [Fact]
    public async Task IngestAsync_SameFileAgainThroughLink_NoOpSuccess()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.Latiss);
        var source = Gen2TestData.WriteFile(temp.Combine("staging"), "raw.fits");
        var file = new RawFile(source, Gen2TestData.LatissRaw());
        await Gen2WriterIngestTests.IngestAsync(root, TransferMode.Link, file);
        File.WriteAllBytes(source, [9]);

        var second = await Gen2WriterIngestTests.IngestAsync(root, TransferMode.Link, file);

        Assert.True(second[0].Succeeded, second[0].Reason);
    }

    [Fact]
    public async Task IngestAsync_OtherFileSameDataId_FailsNamingBothPaths()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.Latiss);
        var first = Gen2TestData.WriteFile(temp.Combine("staging"), "a.fits", 1);
        var other = Gen2TestData.WriteFile(temp.Combine("staging"), "b.fits", 2);
        await Gen2WriterIngestTests.IngestAsync(root, TransferMode.Copy, new RawFile(first, Gen2TestData.LatissRaw()));

        var results = await Gen2WriterIngestTests.IngestAsync(root, TransferMode.Move, new RawFile(other, Gen2TestData.LatissRaw()));

        Assert.False(results[0].Succeeded);
        Assert.Contains(other, results[0].Reason, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(root, "raw", "2018-09-20", "3018092000065-det000.fits"), results[0].Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(other));
        Assert.Equal([1], File.ReadAllBytes(Path.Combine(root, "raw", "2018-09-20", "3018092000065-det000.fits")).Distinct());
    }

    [Fact]
    public async Task IngestAsync_UnregisteredOtherFileAtTarget_Fails()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.Latiss);
        Gen2TestData.WriteFile(Path.Combine(root, "raw", "2018-09-20"), "3018092000065-det000.fits", 7);
        var source = Gen2TestData.WriteFile(temp.Combine("staging"), "raw.fits", 8);

        var results = await Gen2WriterIngestTests.IngestAsync(root, TransferMode.Move, new RawFile(source, Gen2TestData.LatissRaw()));

        Assert.False(results[0].Succeeded);
        Assert.Contains(source, results[0].Reason, StringComparison.Ordinal);
        Assert.Equal(["0"], Gen2TestData.Rows(Path.Combine(root, "registry.sqlite3"), "SELECT count(*) FROM raw"));
    }

    [Fact]
    public async Task IngestAsync_SameDataIdTwiceInOneBatch_SecondOtherFileFails()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.Latiss);
        var a = Gen2TestData.WriteFile(temp.Combine("staging"), "a.fits", 1);
        var b = Gen2TestData.WriteFile(temp.Combine("staging"), "b.fits", 2);

        var results = await Gen2WriterIngestTests.IngestAsync(root, TransferMode.Copy, new RawFile(a, Gen2TestData.LatissRaw()), new RawFile(b, Gen2TestData.LatissRaw()));

        Assert.True(results[0].Succeeded, results[0].Reason);
        Assert.False(results[1].Succeeded);
    }
}
