using System.Diagnostics.Metrics;
using Oods.Core.Observability;

namespace Oods.Status;

/// <summary>The gauges read from the board and the streams' reports at each scrape: backlog, age of the last success and of the last good poll of a remote source.</summary>
internal sealed class StatusMeters : IDisposable
{
    private readonly Meter _meter = new(OodsMetrics.MeterName, "1.0");

    /// <summary>Creates the gauges.</summary>
    /// <param name="board">The board.</param>
    /// <param name="monitor">The streams' reports.</param>
    public StatusMeters(StatusBoard board, StreamMonitor monitor)
    {
        _meter.CreateObservableGauge(
            "oods.stream.backlog",
            () => board.StreamNames.Select(s => new Measurement<long>(monitor.Streams.GetValueOrDefault(s)?.Backlog ?? 0, Tag(s))),
            "{file}",
            "Files waiting in the stream's landing directories");
        _meter.CreateObservableGauge(
            "oods.stream.last_success_age",
            () => board.SuccessAges().Select(a => new Measurement<double>(a.Seconds, Tag(a.Stream))),
            "s",
            "Time since the stream last ingested a file (absent until it has)");
        _meter.CreateObservableGauge(
            "oods.source.last_poll_age",
            () => board.SourcePollAges().Select(a => new Measurement<double>(a.Seconds, Tag(a.Stream), new KeyValuePair<string, object?>("source", a.Kind))),
            "s",
            "Time since the stream's remote source last polled successfully (absent until it has)");
    }

    /// <inheritdoc/>
    public void Dispose() => _meter.Dispose();

    private static KeyValuePair<string, object?> Tag(string stream) => new("stream", stream);
}
