using Oods.Butler.Gen2;
using Oods.Core.Metadata;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen2;

public sealed class Gen2RealDataTests
{
    [Theory]
    [InlineData("latiss", "2018-09-20/3018092000065-det000.fits", "raw/2018-09-20/3018092000065-det000.fits")]
    [InlineData("comCam", "2019-05-30/3019053000001/3019053000001-R22-S00-det000.fits", "raw/2019-05-30/3019053000001/3019053000001-R22-S00-det000.fits")]
    public async Task IngestAsync_RealRaw_RowsAndPathEqualRealGen2Ingest(string name, string raw, string expectedPath)
    {
        using var temp = new TempDirectory();
        var source = temp.Combine("staging", Path.GetFileName(raw));
        Directory.CreateDirectory(temp.Combine("staging"));
        File.Copy(SharedData.Path(["data", "obs_lsst", "gen3", name, "raw", .. raw.Split('/')]), source);
        var metadata = RawHeaderReader.Read(source);
        var root = temp.Combine("repo");
        Gen2Repository.Create(root, metadata.Instrument);

        var results = await Gen2WriterIngestTests.IngestAsync(root, TransferMode.Move, new RawFile(source, metadata));

        Assert.True(results[0].Succeeded, results[0].Reason);
        var real = SharedData.Path("data", "obs_lsst", "gen2", name, "registry.sqlite3");
        var ours = Path.Combine(root, Gen2Repository.RegistryFile);
        Assert.Equal(File.ReadAllText(SharedData.Path("data", "obs_lsst", "gen2", name, "_mapper")), File.ReadAllText(Path.Combine(root, "_mapper")));
        Assert.Equal(WithoutId(Gen2TestData.Rows(real, "SELECT * FROM raw")), WithoutId(Gen2TestData.Rows(ours, "SELECT * FROM raw")));
        Assert.Equal(Gen2TestData.Rows(real, "SELECT * FROM raw_visit"), Gen2TestData.Rows(ours, "SELECT * FROM raw_visit"));
        Assert.True(File.Exists(Path.Combine(root, expectedPath)));
    }

    private static List<string> WithoutId(List<string> rows) => rows.Select(r => r[(r.IndexOf('|', StringComparison.Ordinal) + 1)..]).ToList();
}
