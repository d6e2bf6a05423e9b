namespace Oods.Status;

/// <summary>The body of <c>/status</c>: the service and each of its streams.</summary>
public sealed record StatusReport
{
    /// <summary>The OODS version.</summary>
    public required string Version { get; init; }

    /// <summary>When this report was made (UTC).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>When the service started (UTC).</summary>
    public required DateTimeOffset Started { get; init; }

    /// <summary>Whether ingest is enabled (standalone: always; with the CSC: in ENABLED).</summary>
    public required bool IngestEnabled { get; init; }

    /// <summary>Whether OODS is enabled and every stream is ingesting (as <c>/readyz</c>).</summary>
    public required bool Ready { get; init; }

    /// <summary>Loops that made no progress for longer than <c>status.stall_seconds</c> (as <c>/healthz</c>).</summary>
    public required IReadOnlyList<string> StalledLoops { get; init; }

    /// <summary>The CSC summary state, or null in standalone mode.</summary>
    public string? CscState { get; init; }

    /// <summary>Whether the CSC's Kafka connection is up, or null in standalone mode.</summary>
    public bool? KafkaConnected { get; init; }

    /// <summary>The streams, in configuration order.</summary>
    public required IReadOnlyList<StreamView> Streams { get; init; }
}
