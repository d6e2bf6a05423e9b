using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Oods.Host.Tests.Support;
using Oods.TestUtilities;

namespace Oods.Host.Tests;

/// <summary>`oods inspect --json` is a public contract; `oods ingest --repo` is the backfill tool.</summary>
public sealed class InspectAndIngestTests
{
    [Theory]
    [InlineData("comCam", "comCam/raw/2019-05-30/3019053000001/3019053000001-R22-S00-det000.fits")]
    [InlineData("latiss", "latiss/raw/2018-09-20/3018092000065-det000.fits")]
    public async Task InspectJson_RealRaw_EqualsRealRegistryRows(string registry, string raw)
    {
        using var dir = new TempDirectory();

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "inspect", "--json", SharedData.Path("data", "obs_lsst", "gen3", raw));

        Assert.Equal(0, code);
        var json = JsonNode.Parse(lines.Single(l => l.StartsWith('{')))!.AsObject();
        using var real = new SqliteConnection($"Data Source={SharedData.Path("data", "obs_lsst", "gen3", registry, "gen3.sqlite3")};Mode=ReadOnly;Pooling=False");
        real.Open();
        var exposure = Row(real, "select * from exposure");
        foreach (var (column, value) in exposure)
        {
            var key = column == "group_name" ? "group" : column;
            if (column == "group_id")
            {
                continue;
            }

            var actual = json["exposure"]![key];
            if (column.StartsWith("timespan", StringComparison.Ordinal))
            {
                Assert.InRange((long)actual! - (long)value!, -10_000, 10_000);
            }
            else
            {
                Assert.True(Same(value, actual), $"exposure.{column}: registry {value}, inspect {actual?.ToJsonString()}");
            }
        }

        var detectorId = (long)Row(real, "select t.detector from dataset_tags_00000001 t join dataset_type d on d.id = t.dataset_type_id where d.name = 'raw'")["detector"]!;
        foreach (var (column, value) in Row(real, $"select * from detector where id = {detectorId}"))
        {
            Assert.True(Same(value, json["detector"]![column]), $"detector.{column}: registry {value}, inspect {json["detector"]![column]?.ToJsonString()}");
        }

        Assert.Equal(exposure["physical_filter"], (string)json["physical_filter"]!);
        Assert.Equal(exposure["day_obs"], (long)json["day_obs"]!);
    }

    [Fact]
    public async Task InspectJson_NotFits_GivesStatusCode2()
    {
        using var dir = new TempDirectory();

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "inspect", "--json", SharedData.Path("data", "ctrl_oods", "bad.fits.fz"));

        Assert.Equal(2, code);
        var json = JsonNode.Parse(lines.Single(l => l.StartsWith('{')))!.AsObject();
        Assert.Equal(2, (int)json["status_code"]!);
        Assert.Contains("not a readable FITS file", (string)json["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_RepoCreatedByRepoCreate_IngestsAndReingestIsNoOp()
    {
        using var dir = new TempDirectory();
        var raw = dir.Combine("3019053000001-R22-S00-det000.fits");
        File.Copy(SharedData.Path("data", "obs_lsst", "gen3", "comCam", "raw", "2019-05-30", "3019053000001", "3019053000001-R22-S00-det000.fits"), raw);

        Assert.Equal(0, (await OodsProcess.RunAsync(dir.Path, "repo", "create", "repo", "--instrument", "LSSTComCam")).ExitCode);
        var first = await OodsProcess.RunAsync(dir.Path, "ingest", "--repo", "repo", raw);
        var again = await OodsProcess.RunAsync(dir.Path, "ingest", "--repo", "repo", dir.Path);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains(first.Lines, l => l.Contains("1 file(s): 1 ingested, 0 failed", StringComparison.Ordinal));
        Assert.Equal(0, again.ExitCode);
        using var registry = new SqliteConnection($"Data Source={dir.Combine("repo", "gen3.sqlite3")};Mode=ReadOnly;Pooling=False");
        registry.Open();
        Assert.Equal(1L, (long)Row(registry, "select count(*) as n from dataset")["n"]!);
        Assert.Equal(9L, (long)Row(registry, "select count(*) as n from detector where instrument = 'LSSTComCam'")["n"]!);
    }

    [Fact]
    public async Task Ingest_Gen2RepoCreatedByRepoCreate_PlacesFileAtMapperPath()
    {
        using var dir = new TempDirectory();
        var raw = dir.Combine("incoming.fits");
        File.Copy(SharedData.Path("data", "obs_lsst", "gen3", "comCam", "raw", "2019-05-30", "3019053000001", "3019053000001-R22-S00-det000.fits"), raw);

        Assert.Equal(0, (await OodsProcess.RunAsync(dir.Path, "repo", "create", "gen2", "--gen2", "--instrument", "LSSTComCam")).ExitCode);
        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "ingest", "--repo", "gen2", "--transfer", "copy", raw);

        Assert.Equal(0, code);
        Assert.Contains(lines, l => l.Contains("1 ingested, 0 failed into gen2:", StringComparison.Ordinal));
        Assert.True(File.Exists(dir.Combine("gen2", "raw", "2019-05-30", "3019053000001", "3019053000001-R22-S00-det000.fits")));
    }

    [Fact]
    public async Task Ingest_NotARepository_Exits2WithReason()
    {
        using var dir = new TempDirectory();

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "ingest", "--repo", dir.Path, SharedData.Path("data", "ctrl_oods", "bad.fits.fz"));

        Assert.Equal(2, code);
        Assert.Contains(lines, l => l.Contains("is not a Butler repository", StringComparison.Ordinal));
    }

    private static bool Same(object? registry, JsonNode? inspect) => registry switch
    {
        null or DBNull => inspect is null,
        long l => inspect is not null && (double)inspect == l,
        double d => inspect is not null && Math.Abs((double)inspect - d) < 1e-9,
        string s => inspect is not null && (string)inspect! == s,
        _ => false,
    };

    private static Dictionary<string, object?> Row(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), sql);
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
    }
}
