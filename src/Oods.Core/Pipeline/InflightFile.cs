namespace Oods.Core.Pipeline;

/// <summary>One file of the batch in flight.</summary>
/// <param name="Landing">Where it was found.</param>
/// <param name="Staged">Where it is claimed to.</param>
/// <param name="SeenTime">When it was first seen.</param>
internal sealed record InflightFile(string Landing, string Staged, DateTimeOffset? SeenTime);
