using System.Text.Json;
using Oods.Host.Tests.Support;
using Oods.Status;
using Oods.TestUtilities;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Status;

/// <summary>A real <c>oods run</c> with its status endpoint on a free loopback port, and the ways to read it.</summary>
internal sealed class StatusFixture : IAsyncDisposable
{
    private StatusFixture(TempDirectory directory, OodsProcess oods, Uri url)
    {
        Directory = directory;
        Oods = oods;
        Url = url;
        Http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
    }

    public TempDirectory Directory { get; }

    public OodsProcess Oods { get; }

    public Uri Url { get; }

    public HttpClient Http { get; }

    /// <summary>Starts oods with streams <c>alpha</c> (under a/) and <c>beta</c> (under b/), status on port 0; waits for both streams and the URL.</summary>
    public static Task<StatusFixture> StartAsync() => StartAsync(Config(null, [("alpha", "a"), ("beta", "b")]), 2);

    /// <summary>Starts oods with this configuration plus status on port 0; waits for its <paramref name="streams"/> streams and the URL.</summary>
    public static async Task<StatusFixture> StartAsync(string config, int streams)
    {
        var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), config + "status:\n  port: 0\n");
        var oods = OodsProcess.Start(dir.Path, "run", "--config", "oods.yaml");
        var announced = await oods.WaitForLinesAsync(l => l.Contains(" 9000 ", StringComparison.Ordinal), 1, Patience);
        await oods.WaitForLinesAsync(l => l.Contains(" 3000 ", StringComparison.Ordinal), streams, Patience);
        var url = announced[0][announced[0].IndexOf("http://", StringComparison.Ordinal)..].Split(' ')[0];
        return new StatusFixture(dir, oods, new Uri(url + "/"));
    }

    /// <summary>The <c>/status</c> report.</summary>
    public async Task<StatusReport> StatusAsync() =>
        JsonSerializer.Deserialize<StatusReport>(await Http.GetStringAsync(new Uri("status", UriKind.Relative)), StatusJson.Options)!;

    /// <summary>The parsed <c>/metrics</c>.</summary>
    public async Task<List<PrometheusText.Sample>> MetricsAsync() => PrometheusText.Parse(await Http.GetStringAsync(new Uri("metrics", UriKind.Relative)));

    /// <summary>Polls <c>/status</c> until it has counted the expected outcomes.</summary>
    public async Task WaitForCountsAsync(params (string Stream, long Ingested, long Failed)[] expected)
    {
        StatusReport? last = null;
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            last = await StatusAsync();
            if (expected.All(e => last.Streams.Any(s => s.Name == e.Stream && s.SinceStart.Ingested == e.Ingested && s.SinceStart.Failed == e.Failed)))
            {
                return;
            }

            try
            {
                await Task.Delay(100, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"/status never counted the outcomes; last: {JsonSerializer.Serialize(last, StatusJson.Options)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Oods.DisposeAsync();
        Directory.Dispose();
    }
}
