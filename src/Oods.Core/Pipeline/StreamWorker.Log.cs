using Microsoft.Extensions.Logging;

namespace Oods.Core.Pipeline;

/// <summary>Log messages of the stream worker (3000 discovery, 4000 pipeline).</summary>
public sealed partial class StreamWorker
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Stream {Stream} watching {LandingDirectory}, ingesting into {Repository}")]
    private partial void LogStreamStarted(string stream, string landingDirectory, string repository);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Stream {Stream} stopped")]
    private partial void LogStreamStopped(string stream);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Stream {Stream} periodic rescan")]
    private partial void LogRescan(string stream);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Stream {Stream} file notifications failed; the periodic rescan still finds files")]
    private partial void LogWatcherError(string stream, Exception? exception);

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Ingested {ObsId} {Raft} {Sensor} ({FilePath}) into {Repository} as {DatasetId} [stream {Stream}]")]
    private partial void LogIngested(string stream, string obsId, string raft, string sensor, string filePath, string repository, string? datasetId);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Failed {ObsId} with status {StatusCode}: {Reason} File now at {FilePath} [stream {Stream}]")]
    private partial void LogFailed(string stream, string obsId, int statusCode, string reason, string filePath);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Cannot claim {FilePath} (attempt {Attempts}): {Reason} [stream {Stream}]")]
    private partial void LogClaimFailed(string stream, string filePath, int attempts, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Cannot claim {FilePath} after {Attempts} attempts, still retrying with backoff: {Reason} [stream {Stream}]")]
    private partial void LogUnclaimable(string stream, string filePath, int attempts, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Cannot move failed file {FilePath} to the bad-file directory: {Reason} [stream {Stream}]")]
    private partial void LogQuarantineFailed(string stream, string filePath, string reason);
}
