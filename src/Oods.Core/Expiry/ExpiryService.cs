using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oods.Core.Lifecycle;

namespace Oods.Core.Expiry;

/// <summary>Runs one expiry job on its schedule, on the service's clock, while ingest is enabled.</summary>
/// <remarks>
/// One loop per job, so a pass is never started while the previous one runs: a pass longer than the interval
/// delays the next, and the missed times are not made up. When a pass falls due while ingest is disabled (CSC
/// <c>disable</c>/<c>standby</c>) it is skipped: <see cref="IngestSwitch.IsEnabled"/> is read at each due time;
/// no lease is held, so disabling never waits for a long expiry pass to finish.
/// </remarks>
public sealed class ExpiryService : BackgroundService
{
    private readonly ExpiryJob _job;
    private readonly IExpiryRunner _runner;
    private readonly IngestSwitch _ingest;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private long _nextPassTicks = -1;
    private int _passes;
    private int _skipped;

    /// <summary>Creates the service.</summary>
    /// <param name="job">The job.</param>
    /// <param name="runner">Runs its passes.</param>
    /// <param name="ingest">Passes run only while it is enabled.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The log.</param>
    public ExpiryService(ExpiryJob job, IExpiryRunner runner, IngestSwitch ingest, TimeProvider time, ILogger<ExpiryService> logger)
    {
        _job = job;
        _runner = runner;
        _ingest = ingest;
        _time = time;
        _logger = logger;
    }

    /// <summary>The job.</summary>
    public ExpiryJob Job => _job;

    /// <summary>When the next pass is due, once the service waits for it; null before.</summary>
    public DateTimeOffset? NextPass
    {
        get
        {
            var ticks = Interlocked.Read(ref _nextPassTicks);
            return ticks < 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Passes run so far.</summary>
    public int Passes => Volatile.Read(ref _passes);

    /// <summary>Due passes skipped because ingest was disabled.</summary>
    public int Skipped => Volatile.Read(ref _skipped);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = _time.GetUtcNow();
            var due = _job.Schedule.Next(now);
            if (due == DateTimeOffset.MaxValue)
            {
                return;
            }

            // The timer exists before NextPass is published, so a clock moved on after reading it fires the timer.
            var wait = Task.Delay(due - now, _time, stoppingToken);
            Interlocked.Exchange(ref _nextPassTicks, due.UtcTicks);
            ExpiryLog.NextPass(_logger, _job.Name, due, _job.Schedule.Text);
            try
            {
                await wait.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (!_ingest.IsEnabled)
            {
                Interlocked.Increment(ref _skipped);
                ExpiryLog.PassSkippedDisabled(_logger, _job.Name, due);
                continue;
            }

            try
            {
                await _runner.RunAsync(_job, _job.DryRun, progress: null, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Repositories.RepositoryException or InvalidOperationException)
            {
                ExpiryLog.PassFailed(_logger, _job.Name, e);
            }
            finally
            {
                Interlocked.Increment(ref _passes);
            }
        }
    }
}
