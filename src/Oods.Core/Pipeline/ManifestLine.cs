using System.Text.Json.Serialization;

namespace Oods.Core.Pipeline;

/// <summary>One line of the in-flight manifest: files added before their claim, or files whose outcomes are journaled.</summary>
internal sealed record ManifestLine
{
    /// <summary>Files about to be claimed.</summary>
    [JsonPropertyName("add")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<InflightFile>? Add { get; init; }

    /// <summary>Files whose every outcome is journaled.</summary>
    [JsonPropertyName("done")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<InflightFile>? Done { get; init; }
}
