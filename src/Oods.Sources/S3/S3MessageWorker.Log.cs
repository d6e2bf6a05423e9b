using Microsoft.Extensions.Logging;

namespace Oods.Sources.S3;

/// <summary>Log events 9520-9539 of the S3 message source.</summary>
internal sealed partial class S3MessageWorker
{
    [LoggerMessage(EventId = 9520, Level = LogLevel.Information, Message = "Stream {Stream}: consuming S3 bucket notifications from {Topics} (group {GroupId}) into {Repository}")]
    private partial void LogStarted(string stream, string topics, string groupId, string repository);

    [LoggerMessage(EventId = 9521, Level = LogLevel.Information, Message = "Stream {Stream}: ingested {ObsId} {Raft}_{Sensor} as {Uri}")]
    private partial void LogIngested(string stream, string obsId, string raft, string sensor, string uri);

    [LoggerMessage(EventId = 9522, Level = LogLevel.Warning, Message = "Stream {Stream}: {Uri} failed with status {Status}: {Reason}")]
    private partial void LogFailed(string stream, string uri, int status, string reason);

    [LoggerMessage(EventId = 9523, Level = LogLevel.Warning, Message = "Stream {Stream}: skipped a malformed bucket notification at {Topic}[{Partition}]@{Offset}: {Reason}")]
    private partial void LogMalformed(string stream, string topic, int partition, long offset, string reason);

    [LoggerMessage(EventId = 9524, Level = LogLevel.Debug, Message = "Stream {Stream}: {Uri} does not match dataset_regexp; ignored")]
    private partial void LogIgnored(string stream, string uri);

    [LoggerMessage(EventId = 9525, Level = LogLevel.Warning, Message = "Stream {Stream}: reading the header of {Uri} failed (attempt {Attempt})")]
    private partial void LogGetFailed(string stream, string uri, int attempt, Exception exception);

    [LoggerMessage(EventId = 9526, Level = LogLevel.Debug, Message = "Stream {Stream}: committed {Count} messages ({Offsets})")]
    private partial void LogCommitted(string stream, int count, string offsets);

    [LoggerMessage(EventId = 9527, Level = LogLevel.Error, Message = "Stream {Stream}: committing offsets failed ({Reason}); the messages are delivered again after a restart and found already ingested")]
    private partial void LogCommitFailed(string stream, string reason);

    [LoggerMessage(EventId = 9528, Level = LogLevel.Error, Message = "Stream {Stream}: consuming failed: {Reason}")]
    private partial void LogConsumeFailed(string stream, string reason);

    [LoggerMessage(EventId = 9530, Level = LogLevel.Error, Message = "Stream {Stream}: the repository failed; nothing of the batch is committed and its messages come again after the next enable")]
    private partial void LogFaulted(string stream, Exception exception);

    [LoggerMessage(EventId = 9529, Level = LogLevel.Warning, Message = "Stream {Stream}: Kafka: {Code} {Reason}")]
    private partial void LogKafkaError(string stream, string code, string reason);
}
