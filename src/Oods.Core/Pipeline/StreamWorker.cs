using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oods.Core.Discovery;
using Oods.Core.Health;
using Oods.Core.Journal;
using Oods.Core.Lifecycle;
using Oods.Core.Observability;
using Oods.Core.Outcomes;
using Oods.Core.Repositories;

namespace Oods.Core.Pipeline;

/// <summary>
/// Runs one stream while ingest is enabled: landing → claim → header → translate → repositories → outcome, one
/// batch at a time. A batch is recorded in an in-flight manifest before it is claimed, so a crash at any moment
/// leaves nothing half-done: the next run finishes what the manifest names.
/// </summary>
public sealed partial class StreamWorker : BackgroundService
{
    private readonly StreamSettings _stream;
    private readonly IRepositoryWriterFactory _repositories;
    private readonly IEnumerable<IOutcomeSink> _sinks;
    private readonly TimeProvider _time;
    private readonly ILogger<StreamWorker> _logger;
    private readonly LoopHealth _health;
    private readonly IngestSwitch _switch;
    private readonly ClaimRetries _claimRetries;
    private readonly InflightManifest _manifest;
    private readonly OutcomeJournal _journal;
    private readonly string _loop;
    private readonly StreamMonitor _monitor;

    /// <summary>Creates the worker for one stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="repositories">Opens the stream's repositories.</param>
    /// <param name="sinks">Where outcomes go.</param>
    /// <param name="ingestSwitch">Whether ingest is enabled.</param>
    /// <param name="time">The clock.</param>
    /// <param name="health">Where the loop reports progress.</param>
    /// <param name="monitor">Where the stream reports its state and backlog.</param>
    /// <param name="logger">The logger.</param>
    public StreamWorker(StreamSettings stream, IRepositoryWriterFactory repositories, IEnumerable<IOutcomeSink> sinks, IngestSwitch ingestSwitch, TimeProvider time, LoopHealth health, StreamMonitor monitor, ILogger<StreamWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        ArgumentNullException.ThrowIfNull(stream);
        _health = health;
        _stream = stream;
        _repositories = repositories;
        _sinks = sinks;
        _switch = ingestSwitch;
        _time = time;
        _logger = logger;
        _claimRetries = new ClaimRetries(time);
        _manifest = new InflightManifest(stream.InflightPath);
        _journal = new OutcomeJournal(stream.JournalDirectory);
        _loop = $"stream {stream.Name}";
        _monitor = monitor;
        _monitor.SetState(stream.Name, StreamState.Starting);
    }

    /// <summary>The stream this worker runs.</summary>
    public StreamSettings Stream => _stream;

    /// <inheritdoc/>
    public override void Dispose()
    {
        _journal.Dispose();
        _manifest.Dispose();
        base.Dispose();
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var directory in _stream.LandingDirectories.Append(_stream.StagingDirectory).Append(_stream.BadFileDirectory))
        {
            Directory.CreateDirectory(directory);
        }

        await _switch.RunEnabledPeriodsAsync(
            _stream.Name,
            async disabled =>
            {
                _health.Beat(_loop);
                try
                {
                    await RunEnabledAsync(disabled, stoppingToken);
                }
                finally
                {
                    // Not ingesting: the watchdog must not wait for this loop.
                    _health.Retire(_loop);
                }
            },
            idle: () => _monitor.SetState(_stream.Name, StreamState.Disabled),
            faulted: e =>
            {
                LogStreamFaulted(_stream.Name, e);
                _monitor.SetState(_stream.Name, StreamState.Faulted);
            },
            stoppingToken);

        _monitor.SetState(_stream.Name, StreamState.Stopped);
        LogStreamStopped(_stream.Name);
    }

    private async Task RunEnabledAsync(CancellationToken disabled, CancellationToken stoppingToken)
    {
        var targets = OpenRepositories();
        try
        {
            var locations = targets.ConvertAll(t => t.Writer.Location);
            LogStreamStarted(_stream.Name, _stream.LandingDirectories, locations);
            _monitor.SetState(_stream.Name, StreamState.Recovering);
            await RecoverAsync(targets);
            _monitor.SetState(_stream.Name, StreamState.Ingesting);
            using var period = CancellationTokenSource.CreateLinkedTokenSource(disabled, stoppingToken);
            using var discovery = new StreamDiscovery(_stream.Name, _stream.LandingDirectories, _stream.FileNameFilter, _stream.ScanInterval, _stream.UseNotifications, _claimRetries.IsWaiting, _time, _logger)
            {
                Queued = count => _monitor.FilesSeen(_stream.Name, count),
            };
            var discovering = Task.Run(() => discovery.RunAsync(period.Token), CancellationToken.None);
            try
            {
                await ClaimAndFinishAsync(targets, discovery, period.Token);
            }
            finally
            {
                await period.CancelAsync();
                await discovering;
            }
        }
        finally
        {
            foreach (var target in targets)
            {
                await target.Writer.DisposeAsync();
            }
        }
    }
}
