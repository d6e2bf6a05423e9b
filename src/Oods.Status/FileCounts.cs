namespace Oods.Status;

/// <summary>Files ingested and failed over some period.</summary>
/// <param name="Ingested">Files ingested.</param>
/// <param name="Failed">Files that failed (any status code).</param>
public sealed record FileCounts(long Ingested, long Failed);
