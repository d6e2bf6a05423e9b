using System.Text.Json;
using Oods.Host.Tests.Csc;
using Oods.Status;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Status;

/// <summary>The real process in CSC mode: its summary state and Kafka connection in <c>/metrics</c> and <c>/status</c>.</summary>
public sealed class CscMetricsTests
{
    [Fact]
    public async Task Run_CscMode_MetricsAndStatusFollowTheSummaryStateAndShowKafkaConnected()
    {
        await using var csc = new CscProcess("CCOODS");
        await using var oods = await csc.StartAsync();
        var announced = await oods.WaitForLinesAsync(l => l.Contains(" 9000 ", StringComparison.Ordinal), 1, Patience);
        var url = announced[0][announced[0].IndexOf("http://", StringComparison.Ordinal)..].Split(' ')[0];
        using var http = new HttpClient { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromSeconds(30) };

        await WaitForStateAsync(http, 5, "STANDBY");
        Assert.Equal(303, await csc.FinalAckAsync("command_start", 1));
        var metrics = await WaitForStateAsync(http, 1, "DISABLED");

        Assert.Equal(1, metrics.Value("oods_kafka_connected"));
        var report = JsonSerializer.Deserialize<StatusReport>(await http.GetStringAsync(new Uri("status", UriKind.Relative)), StatusJson.Options)!;
        Assert.Equal("DISABLED", report.CscState, ignoreCase: true);
        Assert.True(report.KafkaConnected);
        Assert.False(report.IngestEnabled);
    }

    /// <summary>Polls <c>/metrics</c> until the CSC state gauge shows <paramref name="value"/> named <paramref name="name"/>.</summary>
    private static async Task<List<PrometheusText.Sample>> WaitForStateAsync(HttpClient http, int value, string name)
    {
        List<PrometheusText.Sample> metrics = [];
        await WaitUntilAsync(
            async () =>
            {
                metrics = PrometheusText.Parse(await http.GetStringAsync(new Uri("metrics", UriKind.Relative)));
                return metrics.Any(s => s.Name == "oods_csc_summary_state" && s.Value == value
                    && string.Equals(s.Labels.GetValueOrDefault("state"), name, StringComparison.OrdinalIgnoreCase));
            },
            $"oods_csc_summary_state {value} ({name}) in /metrics",
            () => string.Join('\n', metrics.Where(s => s.Name.StartsWith("oods_csc", StringComparison.Ordinal) || s.Name.StartsWith("oods_kafka", StringComparison.Ordinal))));
        return metrics;
    }
}
