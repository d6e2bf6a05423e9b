namespace Oods.Status;

/// <summary>One stream as <c>/status</c> shows it.</summary>
public sealed record StreamView
{
    /// <summary>The stream's name.</summary>
    public required string Name { get; init; }

    /// <summary>What it is doing: Starting, Disabled, Recovering, Ingesting, Faulted, Stopped.</summary>
    public required string State { get; init; }

    /// <summary>Its landing directories (none for a stream fed by S3 bucket notifications).</summary>
    public required IReadOnlyList<string> LandingDirectories { get; init; }

    /// <summary>Files waiting in landing (found, not yet claimed).</summary>
    public required int Backlog { get; init; }

    /// <summary>Files found in landing since start (for a message stream: objects notified and matching its filter).</summary>
    public required long Seen { get; init; }

    /// <summary>Outcomes since the service started.</summary>
    public required FileCounts SinceStart { get; init; }

    /// <summary>Outcomes in the last hour.</summary>
    public required FileCounts LastHour { get; init; }

    /// <summary>The last file ingested, if any.</summary>
    public OutcomeView? LastIngested { get; init; }

    /// <summary>Seconds since the last file was ingested, if any was.</summary>
    public double? LastSuccessAgeSeconds { get; init; }

    /// <summary>Its remote source's connection state; null for a stream without a remote source (or before its first poll).</summary>
    public SourceView? Source { get; init; }

    /// <summary>The latest failures, newest first, with their reasons and where the files are now.</summary>
    public required IReadOnlyList<OutcomeView> RecentFailures { get; init; }
}
