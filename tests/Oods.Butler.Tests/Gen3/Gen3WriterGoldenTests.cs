using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

public sealed class Gen3WriterGoldenTests
{
    [Theory]
    [InlineData(TransferMode.Copy)]
    [InlineData(TransferMode.Direct)]
    public async Task IngestAsync_LatissGoldenRaw_WritesTheRowsTheRealButlerWrote(TransferMode transfer)
    {
        using var backend = Gen3Backend.Sqlite();
        await AssertGoldenRowsAsync(backend, transfer);
    }

    [PostgresTheory]
    [InlineData(TransferMode.Copy)]
    [InlineData(TransferMode.Direct)]
    public async Task IngestAsync_LatissGoldenRawIntoPostgres_WritesTheRowsTheRealButlerWrote(TransferMode transfer)
    {
        using var backend = Gen3Backend.Postgres();
        await AssertGoldenRowsAsync(backend, transfer);
    }

    /// <summary>Ingests the §3.4 raw and checks every row (on PostgreSQL, booleans and uuids print as SQLite stores them).</summary>
    internal static async Task AssertGoldenRowsAsync(Gen3Backend backend, TransferMode transfer)
    {
        using var temp = new TempDirectory();
        var repository = backend.Create(temp.Combine("repo"), Gen3TestData.Latiss);
        var raw = Gen3TestData.WriteFile(temp.Combine("incoming"), "AT_O_20210701_000123.fits");
        var before = NowNanosecondsTai();

        var result = Assert.Single(await Gen3TestData.IngestAsync(repository, transfer, new RawFile(raw, Gen3TestData.GoldenLatiss())));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal("4472ee2749fd527181d4f754a447cc0b", result.DatasetId);
        Assert.Equal(["LATISS|7050123199999|2|7050123199999|1|lsst.obs.lsst.Latiss"], backend.Rows(repository, "SELECT * FROM instrument"));
        Assert.Equal(["LATISS|0|RXX_S00|RXX_S00|NULL|SCIENCE"], backend.Rows(repository, "SELECT * FROM detector"));
        Assert.Contains("LATISS|SDSSr_65mm~empty|r", backend.Rows(repository, "SELECT * FROM physical_filter"));
        Assert.Equal(["LATISS|20210701|1625140800000000000|1625227200000000000"], backend.Rows(repository, "SELECT * FROM day_obs"));
        Assert.Equal(["LATISS|2021-07-02T03:03:00.123"], backend.Rows(repository, "SELECT * FROM \"group\""));
        Assert.Equal(
            ["LATISS|2021070100123|20210701|2021-07-02T03:03:00.123|SDSSr_65mm~empty|AT_O_20210701_000123|30.0|30.2|science|object|123|123|123|HD12345|BLOCK-123|10.5|-30.25|45.0|123.4|20.0|0|1|1625195045678000000|1625195075678000000"],
            backend.Rows(repository, "SELECT * FROM exposure"));
        Assert.Equal(["1|LATISS/raw/all|1|NULL"], backend.Rows(repository, "SELECT * FROM collection"));
        Assert.Equal(["1|NULL|NULL|NULL"], backend.Rows(repository, "SELECT * FROM run"));
        Assert.Equal(["1"], backend.Rows(repository, "SELECT * FROM dimension_graph_key"));
        Assert.Equal(["1|detector", "1|exposure", "1|instrument"], backend.Rows(repository, "SELECT * FROM dimension_graph_definition ORDER BY dimension_name"));
        Assert.Equal(["1|raw|Exposure|1|dataset_tags_00000001|NULL"], backend.Rows(repository, "SELECT * FROM dataset_type"));
        Assert.Equal(["1|1"], backend.Rows(repository, "SELECT * FROM collection_summary_dataset_type"));
        Assert.Equal(["1|LATISS"], backend.Rows(repository, "SELECT * FROM collection_summary_instrument"));
        Assert.Equal(["4472ee2749fd527181d4f754a447cc0b|1|1"], backend.Rows(repository, "SELECT id, dataset_type_id, run_id FROM dataset"));
        var ingestDate = long.Parse(Assert.Single(backend.Rows(repository, "SELECT ingest_date FROM dataset")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(ingestDate, before - 1_000_000_000, NowNanosecondsTai() + 1_000_000_000);
        Assert.Equal(["1|4472ee2749fd527181d4f754a447cc0b|1|LATISS|0|2021070100123"], backend.Rows(repository, "SELECT * FROM dataset_tags_00000001"));
        var path = transfer == TransferMode.Direct
            ? new Uri(raw).AbsoluteUri
            : "LATISS/raw/all/raw/20210701/AT_O_20210701_000123/raw_LATISS_SDSSr_65mm~empty_AT_O_20210701_000123_RXX_S00_LATISS_raw_all.fits";
        Assert.Equal([$"4472ee2749fd527181d4f754a447cc0b|{path}|lsst.obs.lsst.rawFormatter.LatissRawFormatter|Exposure|__NULL_STRING__|NULL|2880"], backend.Rows(repository, "SELECT * FROM file_datastore_records"));
        Assert.Equal(["FileDatastore@<butlerRoot>|4472ee2749fd527181d4f754a447cc0b"], backend.Rows(repository, "SELECT * FROM dataset_location"));
        Assert.Equal(["file_datastore_records"], backend.Rows(repository, "SELECT * FROM opaque_meta"));
    }

    [Fact]
    public async Task IngestAsync_ComCamDetector4_WritesTheNativeWriteId()
    {
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Combine("repo"), Gen3TestData.ComCam);
        var raw = Gen3TestData.WriteFile(temp.Combine("in"), "cc.fits");

        var result = Assert.Single(await Gen3TestData.IngestAsync(repository, TransferMode.Direct, new RawFile(raw, Gen3TestData.ComCamRaw(4))));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal("1f8a8a0c27075cb7bc8988f725acfd51", result.DatasetId);
    }

    private static long NowNanosecondsTai() => ((DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100) + 37_000_000_000;
}
