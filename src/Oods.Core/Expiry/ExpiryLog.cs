using Microsoft.Extensions.Logging;

namespace Oods.Core.Expiry;

/// <summary>Expiry's log messages (event ids 6000-6099).</summary>
internal static partial class ExpiryLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Expiry {Job}{DryRun}: {Datasets} datasets, {Files} files, {Directories} directories removed, {Bytes} bytes freed, {Skipped} skipped, {Failed} failed in {Duration}")]
    public static partial void PassFinished(ILogger logger, string job, string dryRun, long datasets, long files, long directories, long bytes, long skipped, long failed, TimeSpan duration);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Expiry {Job}: pass started")]
    public static partial void PassStarted(ILogger logger, string job);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Expiry {Job}: the pass failed; the next one runs on schedule")]
    public static partial void PassFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Expiry {Job}: pass due at {Due:O} skipped, ingest is disabled")]
    public static partial void PassSkippedDisabled(ILogger logger, string job, DateTimeOffset due);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Debug, Message = "Expiry {Job}: next pass at {Due:O} ({Schedule})")]
    public static partial void NextPass(ILogger logger, string job, DateTimeOffset due, string schedule);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Debug, Message = "Expiry {Job}: removed dataset {DatasetId} ({DatasetType} in {Collection}), file {FilePath}")]
    public static partial void DatasetRemoved(ILogger logger, string job, string datasetId, string datasetType, string collection, string? filePath);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Debug, Message = "Expiry {Job}: dry run, would remove dataset {DatasetId} ({DatasetType} in {Collection}), file {FilePath}")]
    public static partial void DatasetWouldBeRemoved(ILogger logger, string job, string datasetId, string datasetType, string collection, string? filePath);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Warning, Message = "Expiry {Job}: collection {Collection} does not exist in {Repository}; skipped")]
    public static partial void CollectionMissing(ILogger logger, string job, string collection, string repository);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Warning, Message = "Expiry {Job}: dataset {DatasetId} kept: its file {FilePath} is not inside a directory this OODS manages ({Managed})")]
    public static partial void FileNotManaged(ILogger logger, string job, string datasetId, string filePath, string managed);

    [LoggerMessage(EventId = 6018, Level = LogLevel.Debug, Message = "Expiry {Job}: dataset {DatasetId} expires, its object {Uri} stays where it is (not OODS's to delete)")]
    public static partial void ObjectLeft(ILogger logger, string job, string datasetId, string uri);

    [LoggerMessage(EventId = 6014, Level = LogLevel.Warning, Message = "Expiry {Job}: file {FilePath} of removed dataset {DatasetId} was already gone")]
    public static partial void FileMissing(ILogger logger, string job, string filePath, string datasetId);

    [LoggerMessage(EventId = 6015, Level = LogLevel.Warning, Message = "Expiry {Job}: cannot delete {FilePath}: {Reason}")]
    public static partial void DeleteFailed(ILogger logger, string job, string filePath, string reason);

    [LoggerMessage(EventId = 6016, Level = LogLevel.Error, Message = "Expiry {Job}: cannot open repository {Repository}: {Reason}")]
    public static partial void RepositoryUnavailable(ILogger logger, string job, string repository, string reason);

    [LoggerMessage(EventId = 6017, Level = LogLevel.Error, Message = "Expiry {Job}: {Count} datasets could not be removed from {Repository} (kept, retried next pass): {Reason}")]
    public static partial void BatchFailed(ILogger logger, string job, int count, string repository, string reason);

    [LoggerMessage(EventId = 6020, Level = LogLevel.Debug, Message = "Expiry {Job}: removed file {FilePath} ({Bytes} bytes)")]
    public static partial void FileRemoved(ILogger logger, string job, string filePath, long bytes);

    [LoggerMessage(EventId = 6021, Level = LogLevel.Debug, Message = "Expiry {Job}: removed empty directory {Directory}")]
    public static partial void DirectoryRemoved(ILogger logger, string job, string directory);

    [LoggerMessage(EventId = 6022, Level = LogLevel.Debug, Message = "Expiry {Job}: root {Directory} does not exist; nothing to clean")]
    public static partial void RootMissing(ILogger logger, string job, string directory);

    [LoggerMessage(EventId = 6023, Level = LogLevel.Warning, Message = "Expiry {Job}: cannot read {Directory}: {Reason}")]
    public static partial void ReadFailed(ILogger logger, string job, string directory, string reason);

    [LoggerMessage(EventId = 6024, Level = LogLevel.Debug, Message = "Expiry {Job}: dry run, would remove {Path}")]
    public static partial void WouldRemove(ILogger logger, string job, string path);

    [LoggerMessage(EventId = 6025, Level = LogLevel.Debug, Message = "Expiry {Job}: directory {Directory} no longer empty; kept")]
    public static partial void DirectoryNoLongerEmpty(ILogger logger, string job, string directory);
}
