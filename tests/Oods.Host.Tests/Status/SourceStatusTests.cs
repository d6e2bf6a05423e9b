using System.Net;
using System.Text.Json;
using Oods.Host.Tests.Support;
using Oods.Status;
using Oods.TestUtilities;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Status;

/// <summary>A stream whose FTP source cannot be reached, as the real process's status endpoint shows it.</summary>
public sealed class SourceStatusTests
{
    [Fact]
    public async Task Run_FtpSourceWhereNothingListens_StatusShowsFailingWithTheReason_NotReady_Counted()
    {
        var port = ServerProcess.FreePort();
        var config = Config(null, [("remote", "r")], [
            "source:",
            "  kind: ftp",
            "  host: 127.0.0.1",
            $"  port: {port}",
            "  remote_directory: incoming",
            "  poll_interval: {<<: *interval, seconds: 1}",
        ]);
        await using var status = await StatusFixture.StartAsync(config, 1);

        var source = await WaitForSourceAsync(status, s => s.FailuresInARow >= 3);
        Assert.Equal("ftp", source.Kind);
        Assert.Null(source.LastSuccess);
        Assert.NotNull(source.FailingSince);
        Assert.Contains("refused", source.Error, StringComparison.OrdinalIgnoreCase);

        var ready = await status.Http.GetAsync(new Uri("readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var why = await ready.Content.ReadAsStringAsync();
        Assert.Contains("stream remote's ftp source failing since", why, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await status.Http.GetAsync(new Uri("healthz", UriKind.Relative))).StatusCode);

        var metrics = await status.MetricsAsync();
        Assert.InRange(metrics.Value("oods_source_poll_failures_total", ("stream", "remote"), ("source", "ftp")), 3, double.MaxValue);
        Assert.Null(metrics.ValueOrNull("oods_source_last_poll_age_seconds", ("stream", "remote"), ("source", "ftp")));

        var page = await status.Http.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("<table id=\"sources\">", page, StringComparison.Ordinal);
        Assert.Contains("failing since", page, StringComparison.Ordinal);

        var (code, lines) = await OodsProcess.RunAsync(status.Directory.Path, "status", "--url", status.Url.ToString());
        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("remote  ftp  last good poll never  failing since ", StringComparison.Ordinal));
    }

    private static async Task<SourceView> WaitForSourceAsync(StatusFixture status, Func<SourceView, bool> condition)
    {
        StatusReport? last = null;
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            last = await status.StatusAsync();
            if (last.Streams.SingleOrDefault(s => s.Name == "remote")?.Source is { } source && condition(source))
            {
                return source;
            }

            try
            {
                await Task.Delay(100, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"/status never showed the source so; last: {JsonSerializer.Serialize(last, StatusJson.Options)}");
            }
        }
    }
}
