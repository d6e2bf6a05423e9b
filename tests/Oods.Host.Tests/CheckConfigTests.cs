using Oods.Host.Tests.Support;
using Oods.TestUtilities;

namespace Oods.Host.Tests;

public sealed class CheckConfigTests
{
    [Fact]
    public async Task CheckConfig_ThreeMistakes_PrintsAllThreeAndExits2()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("bad.yaml"), """
            default_interval: &interval {days: 0, hours: 0, minutes: 0, seconds: 0}
            file_ingester:
              image_staging_directory: landing
              staging_directory: staging
              bad_file_directory: bad
              batch_size: 0
              new_file_scan_interval: {<<: *interval, seconds: 0}
              butler:
                instrument: lsst.obs.lsst.Latiss
                repo_directory: repo
                colections: [LATISS/raw/all]
            """);

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "check-config", "bad.yaml");

        Assert.Equal(2, code);
        Assert.Contains(lines, l => l.Contains("file_ingester.batch_size: must be at least 1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("file_ingester.new_file_scan_interval: must be longer than zero", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("file_ingester.butler.colections (line 11): unknown key 'colections'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("3 configuration problem(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckConfig_EmbeddedDefaults_IsOk()
    {
        using var dir = new TempDirectory();

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "check-config");

        Assert.Equal(0, code);
        Assert.Contains(lines, l => l.Contains("OK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckConfig_RemoteAndMessageStreams_ListsWhereEachStreamsFilesComeFrom()
    {
        using var dir = new TempDirectory();

        var (sourcesCode, sources) = await OodsProcess.RunAsync(dir.Path, "check-config", "--config", RepoPaths.Path("config", "examples", "sources.yaml"));
        var (s3Code, s3) = await OodsProcess.RunAsync(dir.Path, "check-config", RepoPaths.Path("config", "examples", "s3.yaml"));

        Assert.Equal((0, 0), (sourcesCode, s3Code));
        Assert.Contains(sources, l => l.Contains("stream bot: sftp://bot-daq.slac.example", StringComparison.Ordinal));
        Assert.Contains(sources, l => l.Contains("stream ts8: ftp://ts8-ftp.ncsa.example", StringComparison.Ordinal));
        Assert.Contains(s3, l => l.Contains("message stream lsstcam-s3: S3 notifications on lsstcam-bucket-notifications", StringComparison.Ordinal) && l.Contains("/repo/embargo (direct), recorded as s3://embargo@bucket/key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckConfig_TwoDifferentFiles_Exits2NamingBoth()
    {
        using var dir = new TempDirectory();

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "check-config", "a.yaml", "--config", "b.yaml");

        Assert.Equal(2, code);
        Assert.Contains(lines, l => l.Contains("two files given (a.yaml and --config b.yaml)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_MissingConfigFile_Exits2WithoutStarting()
    {
        using var dir = new TempDirectory();

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "run", "--config", "missing.yaml");

        Assert.Equal(2, code);
        Assert.Contains(lines, l => l.Contains("cannot read the file", StringComparison.Ordinal));
        Assert.False(Directory.Exists(dir.Combine("var")));
    }

    [Fact]
    public async Task Version_PrintsVersion()
    {
        using var dir = new TempDirectory();

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "--version");

        Assert.Equal(0, code);
        Assert.Contains(lines, l => l.StartsWith("0.1.0", StringComparison.Ordinal));
    }
}
