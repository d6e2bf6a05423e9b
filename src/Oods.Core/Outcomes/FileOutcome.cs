namespace Oods.Core.Outcomes;

/// <summary>What happened to one file: the content of an <c>imageInOODS</c> event plus where the file is now.</summary>
public sealed record FileOutcome
{
    /// <summary>The stream that handled the file.</summary>
    public required string Stream { get; init; }

    /// <summary>Where the file was found (landing directory path).</summary>
    public required string SourcePath { get; init; }

    /// <summary>Where the file is now (staging, repository or bad-file directory).</summary>
    public required string FinalPath { get; init; }

    /// <summary>Instrument (camera) name, or the configured one when the header could not say.</summary>
    public required string Camera { get; init; }

    /// <summary>Observation id, or the file name when the header could not say.</summary>
    public required string ObsId { get; init; }

    /// <summary>Raft name (e.g. R22), or empty.</summary>
    public required string Raft { get; init; }

    /// <summary>Sensor name in the raft (e.g. S11), or empty.</summary>
    public required string Sensor { get; init; }

    /// <summary>Status code.</summary>
    public required OutcomeStatus Status { get; init; }

    /// <summary>What happened; on failure, why.</summary>
    public required string Description { get; init; }

    /// <summary>Dataset ids per repository location, for ingested files.</summary>
    public IReadOnlyDictionary<string, string> DatasetIds { get; init; } = new Dictionary<string, string>();

    /// <summary>When OODS first saw the file in its landing directory (UTC), if it did.</summary>
    public DateTimeOffset? SeenTime { get; init; }

    /// <summary>When the file was claimed into staging (UTC), if it was.</summary>
    public DateTimeOffset? ClaimedTime { get; init; }

    /// <summary>When the outcome was decided (UTC).</summary>
    public required DateTimeOffset Time { get; init; }
}
