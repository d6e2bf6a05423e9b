using Microsoft.Extensions.Logging;

namespace Oods.Core.Pipeline;

/// <summary>Log messages of the stream worker (3000 discovery, 4000 pipeline).</summary>
public sealed partial class StreamWorker
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Stream {Stream} watching {LandingDirectories}, ingesting into {Repositories}")]
    private partial void LogStreamStarted(string stream, IReadOnlyList<string> landingDirectories, List<string> repositories);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Stream {Stream} stopped")]
    private partial void LogStreamStopped(string stream);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "Stream {Stream} leaves {FilePath} to settle until {SettledAt:O}")]
    private partial void LogSettling(string stream, string filePath, DateTimeOffset settledAt);

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Ingested {ObsId} {Raft} {Sensor} ({FilePath}) as {DatasetIds} [stream {Stream}]")]
    private partial void LogIngested(string stream, string obsId, string raft, string sensor, string filePath, IReadOnlyDictionary<string, string> datasetIds);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Failed {ObsId} with status {StatusCode}: {Reason} File now at {FilePath} [stream {Stream}]")]
    private partial void LogFailed(string stream, string obsId, int statusCode, string reason, string filePath);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Cannot claim {FilePath} (attempt {Attempts}): {Reason} [stream {Stream}]")]
    private partial void LogClaimFailed(string stream, string filePath, int attempts, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Cannot claim {FilePath} after {Attempts} attempts, still retrying with backoff: {Reason} [stream {Stream}]")]
    private partial void LogUnclaimable(string stream, string filePath, int attempts, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Cannot move failed file {FilePath} to the bad-file directory: {Reason} [stream {Stream}]")]
    private partial void LogQuarantineFailed(string stream, string filePath, string reason);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Stream {Stream} finishing the batch a previous run left in flight: {Listed} files listed, {InStaging} still in staging")]
    private partial void LogRecovering(string stream, int listed, int inStaging);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Error, Message = "Stream {Stream} stopped ingesting after an error it cannot get past; it waits to be enabled again")]
    private partial void LogStreamFaulted(string stream, Exception exception);
}
