namespace Oods.Butler.Gen2;

/// <summary>One ingested raw of a Gen2 repository, as expiry sees it.</summary>
/// <param name="Id">The <c>raw.id</c> row id.</param>
/// <param name="FilePath">Absolute path of the file at the mapper's template.</param>
/// <param name="ExpId">Exposure id.</param>
/// <param name="Detector">Detector number.</param>
/// <param name="Visit">Gen2 visit.</param>
/// <param name="IngestTime">When OODS ingested it, or the file's modification time where OODS has no record.</param>
public sealed record Gen2RawEntry(long Id, string FilePath, long ExpId, long Detector, long Visit, DateTimeOffset IngestTime);
