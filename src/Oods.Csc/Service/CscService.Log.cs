using Microsoft.Extensions.Logging;

namespace Oods.Csc.Service;

/// <content>Log messages (event ids 7000–7099).</content>
public sealed partial class CscService
{
    [LoggerMessage(7000, LogLevel.Information, "CSC {Component} started on topics lsst.{Subname}.{Component}.* in state {State}")]
    private static partial void LogStarted(ILogger logger, string component, string subname, string state);

    [LoggerMessage(7001, LogLevel.Warning, "Creating Kafka topics failed; relying on existing or auto-created topics")]
    private static partial void LogCreateTopicsFailed(ILogger logger, Exception exception);

    [LoggerMessage(7002, LogLevel.Information, "Command {Command} seqNum {SeqNum} from {Identity} in state {State}: ack {Ack} {Result}")]
    private static partial void LogCommand(ILogger logger, string command, int seqNum, string identity, string state, int ack, string result);

    [LoggerMessage(7003, LogLevel.Warning, "Ignoring command {Command} with seqNum {SeqNum} (must be > 0) from {Identity}")]
    private static partial void LogIgnoredCommand(ILogger logger, string command, int seqNum, string identity);

    [LoggerMessage(7004, LogLevel.Warning, "Skipping malformed message on {Topic} at offset {Offset}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string topic, long offset, string reason, Exception exception);

    [LoggerMessage(7005, LogLevel.Warning, "Kafka consume error on command topics: {Reason}")]
    private static partial void LogConsumeError(ILogger logger, string reason);

    [LoggerMessage(7006, LogLevel.Information, "exitControl accepted; stopping the host")]
    private static partial void LogExit(ILogger logger);

    [LoggerMessage(7007, LogLevel.Debug, "Published imageInOODS for {ObsId} status {StatusCode}")]
    private static partial void LogImageInOods(ILogger logger, string obsId, int statusCode);

    [LoggerMessage(7008, LogLevel.Information, "Disabling ingest: waiting for the streams to finish their batch in flight")]
    private static partial void LogDraining(ILogger logger);

    [LoggerMessage(7009, LogLevel.Critical, "Fault! errorCode={ErrorCode} from stream {Stream}: {Report}")]
    private static partial void LogFault(ILogger logger, string stream, int errorCode, string report);

    [LoggerMessage(7050, LogLevel.Debug, "Kafka client {Client}: {Message}")]
    private static partial void LogKafkaClient(ILogger logger, string client, string message);

    [LoggerMessage(7051, LogLevel.Warning, "Kafka: {Reason}")]
    private static partial void LogKafkaError(ILogger logger, string reason);

    [LoggerMessage(7052, LogLevel.Debug, "Could not queue {Topic} for the broker: {Reason}")]
    private static partial void LogProduceFailed(ILogger logger, string topic, string reason);

    [LoggerMessage(7053, LogLevel.Warning, "{Count} CSC event(s) dropped because the broker could not take them in time or the outbox was full ({Total} since start)")]
    private static partial void LogEventsDropped(ILogger logger, long count, long total);
}
