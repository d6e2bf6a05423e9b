using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oods.Core.Discovery;
using Oods.Core.Health;
using Oods.Core.Outcomes;
using Oods.Core.Repositories;

namespace Oods.Core.Pipeline;

/// <summary>
/// Runs one stream: landing → claim → header → translate → repository → outcome, one batch at a time.
/// Filesystem notifications wake it at once; a periodic rescan finds whatever notifications missed.
/// </summary>
public sealed partial class StreamWorker : BackgroundService
{
    private readonly StreamSettings _stream;
    private readonly IRepositoryWriterFactory _repositories;
    private readonly IEnumerable<IOutcomeSink> _sinks;
    private readonly TimeProvider _time;
    private readonly ILogger<StreamWorker> _logger;
    private readonly LoopHealth _health;
    private readonly Channel<bool> _wakeUp = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ClaimRetries _claimRetries;

    /// <summary>Creates the worker for one stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="repositories">Opens the stream's repository.</param>
    /// <param name="sinks">Where outcomes go.</param>
    /// <param name="time">The clock.</param>
    /// <param name="health">Where the loop reports progress.</param>
    /// <param name="logger">The logger.</param>
    public StreamWorker(StreamSettings stream, IRepositoryWriterFactory repositories, IEnumerable<IOutcomeSink> sinks, TimeProvider time, LoopHealth health, ILogger<StreamWorker> logger)
    {
        _health = health;
        _stream = stream;
        _repositories = repositories;
        _sinks = sinks;
        _time = time;
        _logger = logger;
        _claimRetries = new ClaimRetries(time);
    }

    /// <summary>The stream this worker runs.</summary>
    public StreamSettings Stream => _stream;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(_stream.LandingDirectory);
        Directory.CreateDirectory(_stream.StagingDirectory);
        Directory.CreateDirectory(_stream.BadFileDirectory);
        await using var writer = _repositories.Open(_stream.Repository, createIfMissing: true);
        using var watcher = StartWatcher();
        LogStreamStarted(_stream.Name, _stream.LandingDirectory, writer.Location);
        var loop = $"stream {_stream.Name}";
        while (!stoppingToken.IsCancellationRequested)
        {
            _health.Beat(loop);
            var batch = LandingScanner.Scan(_stream.LandingDirectory, _stream.FileNameFilter, _stream.BatchSize, _claimRetries.IsWaiting);
            if (batch.Count > 0)
            {
                // The batch in flight is finished even when stopping, so no file is left half-done.
                await ProcessBatchAsync(writer, batch, CancellationToken.None);
                continue;
            }

            await WaitForWorkAsync(stoppingToken);
        }

        _health.Retire(loop);
        LogStreamStopped(_stream.Name);
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(_claimRetries.NextWait(_stream.ScanInterval), _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await _wakeUp.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            LogRescan(_stream.Name);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop condition ends the worker.
        }
    }

    private FileSystemWatcher? StartWatcher()
    {
        try
        {
            var watcher = new FileSystemWatcher(_stream.LandingDirectory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, _) => _wakeUp.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _wakeUp.Writer.TryWrite(true);
            watcher.Changed += (_, _) => _wakeUp.Writer.TryWrite(true);
            watcher.Error += (_, e) =>
            {
                LogWatcherError(_stream.Name, e.GetException());
                _wakeUp.Writer.TryWrite(true);
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            LogWatcherError(_stream.Name, e);
            return null;
        }
    }
}
