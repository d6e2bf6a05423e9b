namespace Oods.Core.Configuration;

/// <summary>The embedded status endpoint: <c>/</c>, <c>/status</c>, <c>/metrics</c>, <c>/healthz</c>, <c>/readyz</c> (read-only).</summary>
public sealed class StatusOptions
{
    /// <summary>Whether <c>oods run</c> serves the endpoint; default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>IP address to listen on; default 127.0.0.1 (loopback only). Any other address exposes the page to that network.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>TCP port; default 8585; 0 picks a free port (logged with event 9000).</summary>
    public int Port { get; set; } = 8585;

    /// <summary>Seconds a loop may go without progress before <c>/healthz</c> reports it stalled; default 120.</summary>
    public int StallSeconds { get; set; } = 120;
}
