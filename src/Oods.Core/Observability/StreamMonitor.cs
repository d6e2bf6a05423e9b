using System.Collections.Concurrent;

namespace Oods.Core.Observability;

/// <summary>
/// What the streams report about themselves between outcomes: state, backlog and files seen. The status page and
/// <c>/metrics</c> read it; outcomes themselves come from <see cref="Outcomes.OutcomePublisher"/>.
/// </summary>
/// <remarks>Cheap enough to call on every discovery pass and batch: a dictionary write, no allocation per call.</remarks>
public sealed class StreamMonitor
{
    private readonly ConcurrentDictionary<string, StreamReport> _streams = new(StringComparer.Ordinal);

    /// <summary>Records the state of a stream.</summary>
    /// <param name="stream">The stream's name.</param>
    /// <param name="state">Its state.</param>
    public void SetState(string stream, StreamState state) => Report(stream).State = state;

    /// <summary>Records how many files wait in a stream's landing directories (found, not yet claimed).</summary>
    /// <param name="stream">The stream's name.</param>
    /// <param name="count">Files waiting.</param>
    public void SetBacklog(string stream, int count) => Report(stream).Backlog = count;

    /// <summary>Counts files newly found in a stream's landing directories.</summary>
    /// <param name="stream">The stream's name.</param>
    /// <param name="count">Files found.</param>
    public void FilesSeen(string stream, int count = 1)
    {
        Interlocked.Add(ref Report(stream).SeenCount, count);
        OodsMetrics.FilesSeen(stream, count);
    }

    /// <summary>Records a successful poll of a stream's remote source: clears its failure.</summary>
    /// <param name="stream">The stream's name.</param>
    /// <param name="kind">The source kind: ftp, sftp or s3.</param>
    /// <param name="time">When the poll ended.</param>
    public void SourcePolled(string stream, string kind, DateTimeOffset time)
    {
        var report = Report(stream);
        report.Source = new SourceHealth(kind, time, null, null, 0, report.Source?.Failures ?? 0);
    }

    /// <summary>Records a poll of a stream's remote source that failed as a whole (server unreachable, login refused, TLS).</summary>
    /// <param name="stream">The stream's name.</param>
    /// <param name="kind">The source kind: ftp, sftp or s3.</param>
    /// <param name="time">When the poll failed.</param>
    /// <param name="reason">Why.</param>
    public void SourcePollFailed(string stream, string kind, DateTimeOffset time, string reason)
    {
        var report = Report(stream);
        var last = report.Source;
        report.Source = new SourceHealth(kind, last?.LastSuccess, last?.FailingSince ?? time, reason, (last?.FailuresInARow ?? 0) + 1, (last?.Failures ?? 0) + 1);
        OodsMetrics.SourcePollFailed(stream, kind);
    }

    /// <summary>The streams reported so far.</summary>
    public IReadOnlyDictionary<string, StreamReport> Streams => _streams;

    private StreamReport Report(string stream) => _streams.GetOrAdd(stream, static _ => new StreamReport());
}
