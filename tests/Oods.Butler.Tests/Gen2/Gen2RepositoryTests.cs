using Oods.Butler.Gen2;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen2;

public sealed class Gen2RepositoryTests
{
    [Theory]
    [InlineData("LATISS", "latiss")]
    [InlineData("LSSTComCam", "comCam")]
    public void Create_Instrument_SchemaIdenticalToRealRegistry(string instrument, string real)
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");

        Gen2Repository.Create(root, Oods.Core.Instruments.InstrumentCatalog.Get(instrument));

        var expected = Gen2TestData.Schema(SharedData.Path("data", "obs_lsst", "gen2", real, "registry.sqlite3"));
        Assert.Equal(expected, Gen2TestData.Schema(Path.Combine(root, Gen2Repository.RegistryFile)));
        Assert.Equal(
            File.ReadAllText(SharedData.Path("data", "obs_lsst", "gen2", real, "_mapper")),
            File.ReadAllText(Path.Combine(root, Gen2Repository.MapperFile)));
    }

    [Fact]
    public void Create_LsstCam_SameTablesAsComCamAndLsstCamMapper()
    {
        using var temp = new TempDirectory();

        Gen2Repository.Create(temp.Combine("cam"), Gen2TestData.LsstCam);
        Gen2Repository.Create(temp.Combine("comcam"), Gen2TestData.ComCam);

        Assert.Equal("lsst.obs.lsst.LsstCamMapper\n", File.ReadAllText(temp.Combine("cam", "_mapper")));
        Assert.Equal(Gen2TestData.Schema(temp.Combine("comcam", "registry.sqlite3")), Gen2TestData.Schema(temp.Combine("cam", "registry.sqlite3")));
    }

    [Fact]
    public void Create_ExistingRepository_Throws()
    {
        using var temp = new TempDirectory();
        Gen2Repository.Create(temp.Path, Gen2TestData.Latiss);

        Assert.Throws<RepositoryException>(() => Gen2Repository.Create(temp.Path, Gen2TestData.Latiss));
    }

    [Fact]
    public void IsGen2_MapperFile_True()
    {
        using var temp = new TempDirectory();
        Assert.False(Gen2Repository.IsGen2(temp.Path));

        Gen2Repository.Create(temp.Path, Gen2TestData.Latiss);

        Assert.True(Gen2Repository.IsGen2(temp.Path));
    }

    [Fact]
    public async Task Open_CreatedRepository_ReadsMapper()
    {
        using var temp = new TempDirectory();
        Gen2Repository.Create(temp.Path, Gen2TestData.ComCam);

        await using var writer = Gen2Repository.Open(temp.Path, TransferMode.Move);

        Assert.Equal("lsst.obs.lsst.comCam.LsstComCamMapper", writer.MapperClass);
        Assert.Equal($"gen2:{temp.Path}", writer.Location);
    }

    [Fact]
    public void Open_UnknownMapper_ThrowsNamingIt()
    {
        using var temp = new TempDirectory();
        Gen2Repository.Create(temp.Path, Gen2TestData.Latiss);
        File.WriteAllText(temp.Combine("_mapper"), "lsst.obs.hsc.HscMapper\n");

        var ex = Assert.Throws<RepositoryException>(() => Gen2Repository.Open(temp.Path, TransferMode.Move));

        Assert.Contains("lsst.obs.hsc.HscMapper", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoRepository_Throws()
    {
        using var temp = new TempDirectory();

        Assert.Throws<RepositoryException>(() => Gen2Repository.Open(temp.Path, TransferMode.Move));
    }

    [Theory]
    [InlineData(TransferMode.Direct)]
    [InlineData(TransferMode.Relsymlink)]
    public void Open_Gen3OnlyMode_Throws(TransferMode mode)
    {
        using var temp = new TempDirectory();
        Gen2Repository.Create(temp.Path, Gen2TestData.Latiss);

        var ex = Assert.Throws<RepositoryException>(() => Gen2Repository.Open(temp.Path, mode));

        Assert.Contains(mode.ToString(), ex.Message, StringComparison.Ordinal);
    }
}
