using System.Net;
using Oods.Host.Tests.Support;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Status;

/// <summary>The status endpoint of the real process after good and bad files: metrics, JSON, health, read-only, <c>oods status</c>.</summary>
public sealed class StatusEndpointTests
{
    [Fact]
    public async Task Run_GoodAndBadFiles_MetricsAndStatusCountEachStream()
    {
        await using var status = await StatusFixture.StartAsync();
        var dir = status.Directory;
        for (var i = 0; i < 3; i++)
        {
            Drop(dir.Combine("a", "landing"), i);
        }

        DropBad(dir.Combine("a", "landing"), "junk1.fits");
        DropBad(dir.Combine("a", "landing"), "junk2.fits");
        Drop(dir.Combine("b", "landing"), 10);
        await WaitUntilAsync(() => Journal(dir.Path, "alpha").Count >= 5 && Journal(dir.Path, "beta").Count >= 1, "6 outcomes");
        await status.WaitForCountsAsync(("alpha", 3, 2), ("beta", 1, 0));

        var metrics = await status.MetricsAsync();
        Assert.Equal(5, metrics.Value("oods_files_seen_total", ("stream", "alpha")));
        Assert.Equal(1, metrics.Value("oods_files_seen_total", ("stream", "beta")));
        Assert.Equal(3, metrics.Value("oods_files_ingested_total", ("stream", "alpha")));
        Assert.Equal(1, metrics.Value("oods_files_ingested_total", ("stream", "beta")));
        Assert.Equal(2, metrics.Value("oods_files_failed_total", ("stream", "alpha"), ("status", "2")));
        Assert.Null(metrics.ValueOrNull("oods_files_failed_total", ("stream", "beta")));
        Assert.Equal(5, metrics.Value("oods_ingest_latency_seconds_count", ("stream", "alpha")));
        Assert.Equal(5, metrics.Value("oods_ingest_latency_seconds_bucket", ("stream", "alpha"), ("le", "+Inf")));
        Assert.InRange(metrics.Value("oods_ingest_latency_seconds_sum", ("stream", "alpha")), 0, 5 * Patience.TotalSeconds);
        Assert.Equal(0, metrics.Value("oods_stream_backlog", ("stream", "alpha")));
        Assert.InRange(metrics.Value("oods_stream_last_success_age_seconds", ("stream", "beta")), 0, Patience.TotalSeconds);

        var report = await status.StatusAsync();
        Assert.True(report.Ready);
        Assert.True(report.IngestEnabled);
        Assert.Null(report.CscState);
        Assert.Equal(["alpha", "beta"], report.Streams.Select(s => s.Name));
        var alpha = report.Streams[0];
        Assert.Equal("Ingesting", alpha.State);
        Assert.Equal(5, alpha.Seen);
        Assert.Equal(0, alpha.Backlog);
        Assert.Equal(new Oods.Status.FileCounts(3, 2), alpha.LastHour);
        var journal = Journal(dir.Path, "alpha");
        var lastGood = journal.Where(e => e.Status == 0).MaxBy(e => e.Time)!;
        Assert.Equal(lastGood.Path, alpha.LastIngested!.Path);
        Assert.Equal(lastGood.Datasets, alpha.LastIngested.Datasets);
        Assert.Equal(2, alpha.RecentFailures.Count);
        foreach (var failure in alpha.RecentFailures)
        {
            var entry = Assert.Single(journal, e => e.Source == failure.Source);
            Assert.Equal(2, failure.Status);
            Assert.Equal(entry.Description, failure.Description);
            Assert.Equal(dir.Combine("a", "bad", Path.GetFileName(entry.Source)), failure.Path);
            Assert.True(File.Exists(failure.Path));
        }

        Assert.Empty(report.Streams[1].RecentFailures);
        Assert.Equal(HttpStatusCode.OK, (await status.Http.GetAsync(new Uri("healthz", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await status.Http.GetAsync(new Uri("readyz", UriKind.Relative))).StatusCode);

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "status", "--url", status.Url.ToString());
        Assert.Equal(0, code);
        Assert.Contains(lines, l => l.StartsWith("alpha ", StringComparison.Ordinal) && l.Contains(" Ingesting ", StringComparison.Ordinal) && l.Contains(" 3/2 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("beta ", StringComparison.Ordinal) && l.Contains(" 1/0 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("junk1.fits", StringComparison.Ordinal) && l.Contains("status 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_AnyMethodButGetOrHead_IsRefusedAndChangesNothing()
    {
        await using var status = await StatusFixture.StartAsync();
        DropBad(status.Directory.Combine("a", "landing"), "junk.fits");
        await status.WaitForCountsAsync(("alpha", 0, 1));
        var before = await status.StatusAsync();

        foreach (var path in new[] { "", "status", "metrics", "healthz", "readyz" })
        {
            using var head = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, (await status.Http.SendAsync(head)).StatusCode);
            foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
            {
                using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new StringContent("{}") };
                var response = await status.Http.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} /{path}: {response.StatusCode}");
            }
        }

        var after = await status.StatusAsync();
        Assert.Equal(before.Streams.Select(s => (s.Name, s.SinceStart, s.RecentFailures.Count)), after.Streams.Select(s => (s.Name, s.SinceStart, s.RecentFailures.Count)));
        Assert.Equal(HttpStatusCode.NotFound, (await status.Http.GetAsync(new Uri("enable", UriKind.Relative))).StatusCode);
    }
}
