using Microsoft.Data.Sqlite;
using Oods.Host.Tests.Support;
using Oods.TestUtilities;

namespace Oods.Host.Tests;

/// <summary>The whole path on the real process: landing → claim → header → translate → Gen3 repository → outcome.</summary>
public sealed class WalkingSkeletonTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Run_StandaloneWithRealRaws_IngestsGoodQuarantinesBadStopsCleanly()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), """
            default_interval: &interval {days: 0, hours: 0, minutes: 0, seconds: 0}
            file_ingester:
              image_staging_directory: landing
              staging_directory: staging
              bad_file_directory: bad
              batch_size: 20
              new_file_scan_interval: {<<: *interval, seconds: 1}
              butler:
                instrument: lsst.obs.lsst.LsstComCam
                repo_directory: repo
                collections: [LSSTComCam/raw/all]
            """);
        await using var oods = OodsProcess.Start(dir.Path, "run", "--standalone", "--config", "oods.yaml");
        await oods.WaitForLinesAsync(l => l.Contains(" 3000 ", StringComparison.Ordinal), 1, Patience);

        var raws = new[]
        {
            (Instrument: "LSSTComCam", Registry: "comCam", Source: "comCam/raw/2019-05-30/3019053000001/3019053000001-R22-S00-det000.fits", SubPath: "2019-05-30/3019053000001/3019053000001-R22-S00-det000.fits"),
            (Instrument: "LATISS", Registry: "latiss", Source: "latiss/raw/2018-09-20/3018092000065-det000.fits", SubPath: "2018-09-20/3018092000065-det000.fits"),
        };
        foreach (var raw in raws)
        {
            DropIntoLanding(dir, SharedData.Path("data", "obs_lsst", "gen3", raw.Source), raw.SubPath);
        }

        DropIntoLanding(dir, SharedData.Path("data", "ctrl_oods", "bad.fits.fz"), "bad.fits.fz");
        await oods.WaitForLinesAsync(l => l.Contains(" 4000 ", StringComparison.Ordinal), 2, Patience);
        await oods.WaitForLinesAsync(l => l.Contains(" 4001 ", StringComparison.Ordinal), 1, Patience);

        using (var registry = new SqliteConnection($"Data Source={dir.Combine("repo", "gen3.sqlite3")};Mode=ReadOnly;Pooling=False"))
        {
            registry.Open();
            foreach (var raw in raws)
            {
                var expected = ExpectedExposure(raw.Registry);
                var actual = Row(registry, "select id, obs_id, day_obs, physical_filter from exposure where instrument = $i", raw.Instrument);
                Assert.Equal(expected, actual);
                var datasetId = ExpectedDatasetId.Raw(raw.Instrument, (long)actual[0]!, ExpectedDetector(raw.Registry));
                Assert.Equal(1L, Scalar(registry, $"select count(*) from dataset where lower(hex(id)) = '{datasetId}' or id = '{datasetId}'"));
                Assert.True(File.Exists(dir.Combine("staging", raw.SubPath)), $"{raw.SubPath} is in staging");
                Assert.False(File.Exists(dir.Combine("landing", raw.SubPath)));
            }
        }

        Assert.True(File.Exists(dir.Combine("bad", "bad.fits.fz")));
        Assert.Contains("\"status_code\": 2", File.ReadAllText(dir.Combine("bad", "bad.fits.fz.reason.json")), StringComparison.Ordinal);
        Assert.Contains(oods.Lines, l => l.Contains(" 4001 ", StringComparison.Ordinal) && l.Contains("bad.fits.fz", StringComparison.Ordinal));

        oods.Terminate();
        Assert.Equal(0, await oods.WaitForExitAsync(Patience));
    }

    private static void DropIntoLanding(TempDirectory dir, string source, string subPath)
    {
        var target = dir.Combine("landing", subPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var hidden = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target));
        File.Copy(source, hidden);
        File.Move(hidden, target);
    }

    private static object?[] ExpectedExposure(string registry)
    {
        using var real = new SqliteConnection($"Data Source={SharedData.Path("data", "obs_lsst", "gen3", registry, "gen3.sqlite3")};Mode=ReadOnly;Pooling=False");
        real.Open();
        return Row(real, "select id, obs_id, day_obs, physical_filter from exposure", null);
    }

    private static long ExpectedDetector(string registry)
    {
        using var real = new SqliteConnection($"Data Source={SharedData.Path("data", "obs_lsst", "gen3", registry, "gen3.sqlite3")};Mode=ReadOnly;Pooling=False");
        real.Open();
        return (long)Row(real, "select t.detector from dataset_tags_00000001 t join dataset_type d on d.id = t.dataset_type_id where d.name = 'raw'", null)[0]!;
    }

    private static object?[] Row(SqliteConnection connection, string sql, string? instrument)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (instrument is not null)
        {
            command.Parameters.AddWithValue("$i", instrument);
        }

        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"a row for {sql} ({instrument})");
        var values = new object?[reader.FieldCount];
        reader.GetValues(values!);
        return values;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
