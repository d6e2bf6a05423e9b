namespace Oods.Core.Observability;

/// <summary>The latest self-report of one stream (see <see cref="StreamMonitor"/>).</summary>
public sealed class StreamReport
{
    /// <summary>Files found in landing since start; updated with <see cref="Interlocked"/>.</summary>
    internal long SeenCount;

    /// <summary>The stream's state.</summary>
    public StreamState State { get; internal set; }

    /// <summary>Files waiting in landing (found, not yet claimed).</summary>
    public int Backlog { get; internal set; }

    /// <summary>How the stream's remote source fared at its last polls; null for a stream without one.</summary>
    public SourceHealth? Source { get; internal set; }

    /// <summary>Files found in landing since start.</summary>
    public long Seen => Interlocked.Read(ref SeenCount);
}
