using Microsoft.Extensions.Logging;

namespace Oods.Status;

/// <summary>Log messages of the status endpoint (9000-9499).</summary>
internal sealed partial class StatusServer
{
    [LoggerMessage(EventId = 9000, Level = LogLevel.Information, Message = "Status page at {Url} (read-only: /, /status, /metrics, /healthz, /readyz)")]
    private partial void LogListening(string url);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Error, Message = "Status page cannot listen on {Address} port {Port}: {Reason}; OODS runs on without it")]
    private partial void LogCannotListen(string address, int port, string reason);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Status page listens on {Address}, beyond loopback: every host that reaches it can read it")]
    private partial void LogBeyondLoopback(string address);
}
