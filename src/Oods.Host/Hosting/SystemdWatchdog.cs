using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Oods.Core.Health;

namespace Oods.Host.Hosting;

/// <summary>
/// Sends systemd <c>WATCHDOG=1</c> only while every loop makes progress, so that the watchdog means
/// "ingest is alive", not merely "the process exists".
/// </summary>
internal sealed partial class SystemdWatchdog(ISystemdNotifier notifier, LoopHealth health, TimeProvider time, ILogger<SystemdWatchdog> logger) : BackgroundService
{
    /// <summary>The interval systemd expects pings in, from <c>WATCHDOG_USEC</c>; null when no watchdog is set.</summary>
    public static TimeSpan? Interval =>
        long.TryParse(Environment.GetEnvironmentVariable("WATCHDOG_USEC"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var usec) && usec > 0
            ? TimeSpan.FromMicroseconds(usec)
            : null;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!notifier.IsEnabled || Interval is not { } interval)
        {
            return;
        }

        var reportedStall = false;
        using var timer = new PeriodicTimer(interval / 3, time);
        do
        {
            var stalled = health.Stalled(interval);
            if (stalled.Count == 0)
            {
                notifier.Notify(new ServiceState("WATCHDOG=1"));
                reportedStall = false;
            }
            else if (!reportedStall)
            {
                LogStalled(string.Join(", ", stalled), interval.TotalSeconds);
                reportedStall = true;
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "Loop(s) {Loops} made no progress for {Seconds} s: withholding the systemd watchdog ping so that systemd restarts OODS")]
    private partial void LogStalled(string loops, double seconds);
}
