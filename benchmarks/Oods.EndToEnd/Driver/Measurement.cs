namespace Oods.EndToEnd.Driver;

/// <summary>What one scenario measured on one system.</summary>
internal sealed record Measurement
{
    /// <summary>The scenario.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>The system's name.</summary>
    public required string System { get; init; }

    /// <summary>Outcomes seen (should equal the files).</summary>
    public int Outcomes { get; init; }

    /// <summary>Outcomes that were failures.</summary>
    public int Failures { get; init; }

    /// <summary>Latency percentiles and maximum, ms: from rename into landing (backlog: from process start) to outcome.</summary>
    public double P50 { get; init; }

    /// <summary>90th percentile, ms.</summary>
    public double P90 { get; init; }

    /// <summary>99th percentile, ms.</summary>
    public double P99 { get; init; }

    /// <summary>Maximum, ms.</summary>
    public double Max { get; init; }

    /// <summary>Burst: worst time from the last rename of a burst to its last outcome; backlog: start to last outcome; ms.</summary>
    public double DoneAfterLast { get; init; } = double.NaN;

    /// <summary>Files per second (steady and burst: files over first rename to last outcome; backlog: over first to last outcome).</summary>
    public double FilesPerSecond { get; init; }

    /// <summary>CPU (user + system) per file, ms.</summary>
    public double CpuMsPerFile { get; init; }

    /// <summary>Peak resident set (VmHWM), MB.</summary>
    public double PeakRssMb { get; init; }

    /// <summary>A problem worth printing, or null.</summary>
    public string? Note { get; init; }
}
