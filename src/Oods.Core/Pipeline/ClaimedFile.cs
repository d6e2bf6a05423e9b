namespace Oods.Core.Pipeline;

/// <summary>A file in staging, on its way to the repositories.</summary>
/// <param name="Landing">Where it was found.</param>
/// <param name="Staged">Where it is now.</param>
/// <param name="SeenTime">When it was first seen (null when recovered after a restart and unknown).</param>
/// <param name="ClaimedTime">When it was claimed (null when unknown).</param>
internal sealed record ClaimedFile(string Landing, string Staged, DateTimeOffset? SeenTime, DateTimeOffset? ClaimedTime);
