namespace Oods.Core.Configuration;

/// <summary>ctrl_oods 10.x <c>ingest_scaling</c>: accepted so that real configuration files load.</summary>
public sealed class IngestScalingOptions
{
    /// <summary>Files in a batch above which more workers are used; default 1.</summary>
    public int FileThreshold { get; set; } = 1;

    /// <summary>Number of ingest workers; default 1.</summary>
    public int NumWorkers { get; set; } = 1;
}
