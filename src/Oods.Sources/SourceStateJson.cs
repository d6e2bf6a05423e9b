using System.Text.Json.Serialization;

namespace Oods.Sources;

/// <summary>Source-generated JSON for <see cref="SourceState"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(List<FetchedFile>))]
internal sealed partial class SourceStateJson : JsonSerializerContext;
