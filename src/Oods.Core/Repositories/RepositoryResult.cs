namespace Oods.Core.Repositories;

/// <summary>What one repository did with one file.</summary>
/// <param name="File">The file.</param>
/// <param name="Succeeded">True when the file is now in the repository (a re-ingest of the same file counts).</param>
/// <param name="DatasetId">The dataset id (Gen3 UUID as 32 hex digits; Gen2 row id), when ingested.</param>
/// <param name="Reason">Why it failed, when it failed.</param>
public sealed record RepositoryResult(RawFile File, bool Succeeded, string? DatasetId, string? Reason);
