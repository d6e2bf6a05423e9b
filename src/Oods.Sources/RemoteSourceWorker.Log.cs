using Microsoft.Extensions.Logging;

namespace Oods.Sources;

/// <summary>Log events 9500-9519 of the remote sources.</summary>
internal sealed partial class RemoteSourceWorker
{
    [LoggerMessage(EventId = 9500, Level = LogLevel.Information, Message = "Stream {Stream}: fetched {Remote} into {Local} ({Bytes} bytes)")]
    private partial void LogFetched(string stream, string remote, string local, long bytes);

    [LoggerMessage(EventId = 9501, Level = LogLevel.Warning, Message = "Stream {Stream}: fetching {Remote} failed; no partial file is left in landing and it is fetched again on the next poll")]
    private partial void LogFetchFailed(string stream, string remote, Exception exception);

    [LoggerMessage(EventId = 9502, Level = LogLevel.Warning, Message = "Stream {Stream}: polling {Kind}://{Host}:{Port} failed; retrying after the poll interval")]
    private partial void LogPollFailed(string stream, string kind, string host, int port, Exception exception);

    [LoggerMessage(EventId = 9503, Level = LogLevel.Debug, Message = "Stream {Stream}: remote {Remote} ({Bytes} bytes) is left to settle")]
    private partial void LogNotSettled(string stream, string remote, long bytes);

    [LoggerMessage(EventId = 9504, Level = LogLevel.Warning, Message = "Stream {Stream}: {Remote} is in landing but the remote {Action} failed; it is retried on the next poll (the file is not fetched again)")]
    private partial void LogAfterFetchFailed(string stream, string remote, string action, Exception exception);

    [LoggerMessage(EventId = 9505, Level = LogLevel.Debug, Message = "Stream {Stream}: a file named {Remote} still waits in landing; the remote one is fetched once it is claimed")]
    private partial void LogLandingOccupied(string stream, string remote);

    [LoggerMessage(EventId = 9506, Level = LogLevel.Information, Message = "Stream {Stream}: connected to {Kind}://{Host}:{Port}")]
    private partial void LogConnected(string stream, string kind, string host, int port);

    [LoggerMessage(EventId = 9507, Level = LogLevel.Debug, Message = "Stream {Stream}: remote {Remote} {Action} after fetching")]
    private partial void LogRemoved(string stream, string remote, string action);

    [LoggerMessage(EventId = 9508, Level = LogLevel.Information, Message = "Stream {Stream}: remote {Remote} was fetched before a restart; only its remote removal is finished")]
    private partial void LogAlreadyFetched(string stream, string remote);

    [LoggerMessage(EventId = 9509, Level = LogLevel.Debug, Message = "Stream {Stream}: closing the remote session failed")]
    private partial void LogDisconnectFailed(string stream, Exception exception);

    [LoggerMessage(EventId = 9510, Level = LogLevel.Warning, Message = "Stream {Stream}: the host key of {Host}:{Port} is not checked (insecure_skip_host_key_check); anyone on the path can pose as the server")]
    private partial void LogHostKeyNotChecked(string stream, string host, int port);
}
