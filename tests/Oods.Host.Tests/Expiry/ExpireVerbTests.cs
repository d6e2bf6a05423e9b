using Microsoft.Data.Sqlite;
using Oods.Host.Tests.Support;
using Oods.TestUtilities;

namespace Oods.Host.Tests.Expiry;

/// <summary><c>oods expire</c> on the real process: one pass by hand, dry run first.</summary>
public sealed class ExpireVerbTests
{
    private const string Config = """
        default_interval: &interval {days: 0, hours: 0, minutes: 0, seconds: 0}
        state_directory: state
        file_ingester:
          image_staging_directory: landing
          staging_directory: staging
          bad_file_directory: bad
          butler:
            instrument: lsst.obs.lsst.Latiss
            repo_directory: repo
            transfer: direct
            collection_cleaner:
              collections_to_clean:
                - collections: [LATISS/raw/all, LATISS/raw/missing]
                  files_older_than: {<<: *interval, days: 30}
              cleaning_schedule: "0 3 * * *"
          cache_cleaner:
            clear_empty_directories_and_old_files: [bad]
            clear_empty_directories: [staging]
            files_older_than: {<<: *interval, days: 30}
            directories_empty_for_more_than: {<<: *interval, days: 2}
        """;

    [Fact]
    public async Task Expire_OldDatasetAndOldBadFile_DryRunKeepsThenPassRemoves()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config);
        var raw = dir.Combine("staging", "2018-09-20", "AT_C_20180920_000065.fits");
        Directory.CreateDirectory(Path.GetDirectoryName(raw)!);
        File.Copy(SharedData.Path("data", "obs_lsst", "gen3", "latiss", "raw", "2018-09-20", "3018092000065-det000.fits"), raw);
        var (ingestCode, ingestLines) = await OodsProcess.RunAsync(dir.Path, "ingest", "--config", "oods.yaml", raw);
        Assert.True(ingestCode == 0, string.Join(Environment.NewLine, ingestLines));
        var registry = dir.Combine("repo", "gen3.sqlite3");
        Execute(registry, "UPDATE dataset SET ingest_date = ingest_date - 31 * 86400000000000");
        var badFile = dir.Combine("bad", "old.fits");
        Directory.CreateDirectory(dir.Combine("bad"));
        File.WriteAllBytes(badFile, new byte[100]);
        File.SetLastWriteTimeUtc(badFile, DateTime.UtcNow.AddDays(-40));

        var (dryCode, dryLines) = await OodsProcess.RunAsync(dir.Path, "expire", "--config", "oods.yaml", "--dry-run");

        Assert.True(dryCode == 0, string.Join(Environment.NewLine, dryLines));
        Assert.Contains(dryLines, l => l.Contains("(dry run): 1 datasets", StringComparison.Ordinal));
        Assert.True(File.Exists(raw));
        Assert.True(File.Exists(badFile));
        Assert.Equal(1L, Scalar(registry, "SELECT count(*) FROM dataset"));

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "expire", "--config", "oods.yaml");

        Assert.True(code == 0, string.Join(Environment.NewLine, lines));
        Assert.Contains(lines, l => l.Contains("1 datasets of LATISS/raw/all ingested before", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("expired: 1 datasets, 2 files", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("LATISS/raw/missing", StringComparison.Ordinal));
        Assert.False(File.Exists(raw));
        Assert.False(File.Exists(badFile));
        Assert.True(Directory.Exists(dir.Combine("staging")));
        Assert.Equal(0L, Scalar(registry, "SELECT count(*) FROM dataset"));
    }

    [Fact]
    public async Task Expire_BadCron_ExitsWithConfigurationError()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config.Replace("0 3 * * *", "0 3 * *", StringComparison.Ordinal));

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "expire", "--config", "oods.yaml");

        Assert.Equal(2, code);
        Assert.Contains(lines, l => l.Contains("file_ingester.butler.collection_cleaner.cleaning_schedule", StringComparison.Ordinal));
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
