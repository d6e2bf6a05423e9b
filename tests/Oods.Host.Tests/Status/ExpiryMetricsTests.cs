using Oods.Host.Tests.Support;
using Oods.TestUtilities;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Status;

/// <summary>A scheduled expiry pass of the real process shows in <c>/metrics</c>: what it removed and how many bytes.</summary>
public sealed class ExpiryMetricsTests
{
    private const string Config = """
        default_interval: &interval {days: 0, hours: 0, minutes: 0, seconds: 0}
        state_directory: state
        status:
          port: 0
        file_ingester:
          image_staging_directory: landing
          staging_directory: staging
          bad_file_directory: bad
          butler:
            instrument: lsst.obs.lsst.LsstComCam
            repo_directory: repo
            transfer: direct
          cache_cleaner:
            clear_empty_directories_and_old_files: [bad]
            files_older_than: {<<: *interval, days: 30}
            directories_empty_for_more_than: {<<: *interval, days: 30}
            cleaning_interval: {<<: *interval, seconds: 1}
        """;

    [Fact]
    public async Task Run_CacheCleanerPass_CountsRemovedFilesAndBytesInMetrics()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config);
        Directory.CreateDirectory(dir.Combine("bad", "night"));
        foreach (var (name, size) in new[] { ("old1.fits", 1000), ("old2.fits", 234) })
        {
            File.WriteAllBytes(dir.Combine("bad", "night", name), new byte[size]);
            File.SetLastWriteTimeUtc(dir.Combine("bad", "night", name), DateTime.UtcNow.AddDays(-31));
        }

        File.WriteAllBytes(dir.Combine("bad", "night", "recent.fits"), new byte[77]);
        await using var oods = OodsProcess.Start(dir.Path, "run", "--config", "oods.yaml");
        var announced = await oods.WaitForLinesAsync(l => l.Contains(" 9000 ", StringComparison.Ordinal), 1, Patience);
        var url = announced[0][announced[0].IndexOf("http://", StringComparison.Ordinal)..].Split(' ')[0];
        using var http = new HttpClient { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromSeconds(30) };

        // Expiry adds to the counters once per pass, after the pass: the first pass that found the two old files.
        List<PrometheusText.Sample> metrics = [];
        await WaitUntilAsync(
            async () =>
            {
                metrics = PrometheusText.Parse(await http.GetStringAsync(new Uri("metrics", UriKind.Relative)));
                return metrics.Any(s => s.Name == "oods_expired_files_total" && s.Value > 0);
            },
            "an expiry pass in /metrics",
            () => string.Join('\n', oods.Lines.TakeLast(20)));

        var removed = Assert.Single(metrics, s => s.Name == "oods_expired_files_total" && s.Value > 0);
        Assert.Equal(2, removed.Value);
        Assert.Contains("cache", removed.Labels["stream"], StringComparison.Ordinal);
        Assert.Equal(1234, metrics.Value("oods_expired_bytes_total", ("stream", removed.Labels["stream"])));
        Assert.False(File.Exists(dir.Combine("bad", "night", "old1.fits")));
        Assert.True(File.Exists(dir.Combine("bad", "night", "recent.fits")));
    }
}
