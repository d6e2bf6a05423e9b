using System.Text.Json.Serialization;

namespace Oods.Core.Journal;

/// <summary>One line of the outcome journal: what happened to one file (JSON, snake_case keys).</summary>
public sealed record JournalEntry
{
    /// <summary>The event: <c>outcome</c> (ingested or failed), <c>unclaimable</c>, or a remote source's <c>fetch_failed</c> / <c>remote_remove_failed</c> (see <see cref="JournalEvents"/>).</summary>
    [JsonPropertyName("event")]
    public string Event { get; init; } = "outcome";

    /// <summary>When the outcome was decided (UTC).</summary>
    [JsonPropertyName("time")]
    public DateTimeOffset Time { get; init; }

    /// <summary>When the file was first seen in landing.</summary>
    [JsonPropertyName("seen_time")]
    public DateTimeOffset? SeenTime { get; init; }

    /// <summary>When the file was claimed into staging.</summary>
    [JsonPropertyName("claimed_time")]
    public DateTimeOffset? ClaimedTime { get; init; }

    /// <summary>The stream.</summary>
    [JsonPropertyName("stream")]
    public string Stream { get; init; } = "";

    /// <summary>Where the file was found (landing path; for a source event the remote URL, <c>sftp://host:port/path</c>).</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = "";

    /// <summary>Where the file is now.</summary>
    [JsonPropertyName("path")]
    public string Path { get; init; } = "";

    /// <summary>Instrument name.</summary>
    [JsonPropertyName("camera")]
    public string Camera { get; init; } = "";

    /// <summary>Observation id (or the file name when the header could not say).</summary>
    [JsonPropertyName("obsid")]
    public string ObsId { get; init; } = "";

    /// <summary>Raft.</summary>
    [JsonPropertyName("raft")]
    public string Raft { get; init; } = "";

    /// <summary>Sensor in the raft.</summary>
    [JsonPropertyName("sensor")]
    public string Sensor { get; init; } = "";

    /// <summary>The <c>imageInOODS</c> status code (0, 1, 2); null for every event but <c>outcome</c>.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }

    /// <summary>What happened; on failure, why.</summary>
    [JsonPropertyName("description")]
    public string Description { get; init; } = "";

    /// <summary>Dataset ids by repository location.</summary>
    [JsonPropertyName("datasets")]
    public IReadOnlyDictionary<string, string> Datasets { get; init; } = new Dictionary<string, string>();
}
