using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Oods.Core.Discovery;

/// <summary>
/// Finds the files waiting in a stream's landing directories and queues each once: filesystem notifications queue
/// a new file at once (latency); a full rescan every scan interval, at start and after a notification overflow
/// queues whatever notifications missed (completeness).
/// </summary>
/// <remarks>
/// The queue is bounded: a rescan of a large backlog waits while the queue is full (backpressure), so memory stays
/// bounded by the queue's capacity however many files wait. A path stays "queued" until the pipeline calls
/// <see cref="Done"/>, so neither a notification nor a rescan queues it twice.
/// </remarks>
internal sealed partial class StreamDiscovery : IDisposable
{
    /// <summary>Files queued at most.</summary>
    public const int QueueCapacity = 10_000;

    private readonly IReadOnlyList<string> _roots;
    private readonly Regex _filter;
    private readonly TimeSpan _scanInterval;
    private readonly bool _useNotifications;
    private readonly Func<string, bool> _skip;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _stream;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _queued = new(StringComparer.Ordinal);
    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    private readonly Channel<bool> _rescan = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly List<FileSystemWatcher> _watchers = [];
    private long _nextEarlyScanTicks = long.MaxValue;

    /// <summary>Called with the number of files newly queued (by a rescan, or 1 for a notification).</summary>
    public Action<int>? Queued { get; init; }

    /// <summary>Creates the discovery of one stream.</summary>
    /// <param name="stream">The stream's name, for the log.</param>
    /// <param name="roots">The landing directories.</param>
    /// <param name="filter">The file-name filter.</param>
    /// <param name="scanInterval">Time between full rescans.</param>
    /// <param name="useNotifications">Whether to watch for filesystem notifications.</param>
    /// <param name="skip">Files to leave out of a rescan (e.g. waiting for a claim retry).</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public StreamDiscovery(string stream, IReadOnlyList<string> roots, Regex filter, TimeSpan scanInterval, bool useNotifications, Func<string, bool> skip, TimeProvider time, ILogger logger)
    {
        _stream = stream;
        _roots = roots;
        _filter = filter;
        _scanInterval = scanInterval;
        _useNotifications = useNotifications;
        _skip = skip;
        _time = time;
        _logger = logger;
    }

    /// <summary>The queued files, each once.</summary>
    public ChannelReader<string> Files => _queue.Reader;

    /// <summary>Files queued and not yet done (the backlog the pipeline knows of).</summary>
    public int Backlog => _queued.Count;

    /// <summary>When a queued file was first seen.</summary>
    /// <param name="path">The landing path.</param>
    /// <returns>The time, or null.</returns>
    public DateTimeOffset? SeenTime(string path) => _queued.TryGetValue(path, out var seen) ? seen : null;

    /// <summary>The pipeline is finished with a path (claimed, gone, or put back to wait): a later rescan may queue it again.</summary>
    /// <param name="path">The landing path.</param>
    public void Done(string path) => _queued.TryRemove(path, out _);

    /// <summary>Asks for a rescan no later than <paramref name="due"/> (a settling file, a claim retry).</summary>
    /// <param name="due">When.</param>
    public void RescanBy(DateTimeOffset due)
    {
        var ticks = due.UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _nextEarlyScanTicks);
            if (ticks >= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _nextEarlyScanTicks, ticks, current) != current);
        _rescan.Writer.TryWrite(true);
    }

    /// <summary>Watches and rescans until cancelled.</summary>
    /// <param name="cancellationToken">Stops discovery.</param>
    /// <returns>A task that completes when stopped.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (_useNotifications)
        {
            foreach (var root in _roots)
            {
                StartWatcher(root);
            }
        }

        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var queued = await ScanAsync(cancellationToken).ConfigureAwait(false);
                LogScanned(_stream, queued, _queued.Count);
                if (queued > 0)
                {
                    Queued?.Invoke(queued);
                }
                await WaitForRescanAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
    }

    private async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var root in _roots)
        {
            foreach (var path in LandingScanner.Enumerate(root, _filter))
            {
                if (_skip(path) || !_queued.TryAdd(path, _time.GetUtcNow()))
                {
                    continue;
                }

                await _queue.Writer.WriteAsync(path, cancellationToken).ConfigureAwait(false);
                queued++;
            }
        }

        return queued;
    }

    private async Task WaitForRescanAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var early = Interlocked.Exchange(ref _nextEarlyScanTicks, long.MaxValue);
        var wait = _scanInterval;
        if (early != long.MaxValue)
        {
            var until = new DateTimeOffset(early, TimeSpan.Zero) - now;
            wait = until < TimeSpan.Zero ? TimeSpan.Zero : until < wait ? until : wait;
        }

        if (wait == TimeSpan.Zero)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(wait, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _rescan.Reader.ReadAsync(either.Token).ConfigureAwait(false);
            var requested = Interlocked.Read(ref _nextEarlyScanTicks);
            if (requested != long.MaxValue && new DateTimeOffset(requested, TimeSpan.Zero) > _time.GetUtcNow())
            {
                // Woken for a later time: wait for it.
                await WaitForRescanAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The scan interval passed.
        }
    }

    private void Notified(string root, string path)
    {
        if (!LandingScanner.IsCandidate(root, path, _filter) || _skip(path) || !_queued.TryAdd(path, _time.GetUtcNow()))
        {
            return;
        }

        if (!_queue.Writer.TryWrite(path))
        {
            // Queue full: the rescan running behind it will reach this file.
            _queued.TryRemove(path, out _);
            return;
        }

        Queued?.Invoke(1);
    }

    private void StartWatcher(string root)
    {
        try
        {
            Directory.CreateDirectory(root);
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, e) => Notified(root, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Notified(root, e.FullPath);
                if (Directory.Exists(e.FullPath))
                {
                    // A directory renamed into landing brings files no event names.
                    _rescan.Writer.TryWrite(true);
                }
            };
            watcher.Error += (_, e) =>
            {
                LogWatcherError(_stream, e.GetException());
                _rescan.Writer.TryWrite(true);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            LogWatcherError(_stream, e);
        }
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Stream {Stream} rescan queued {Queued} files ({Backlog} waiting)")]
    private partial void LogScanned(string stream, int queued, int backlog);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Stream {Stream} file notifications failed; the periodic rescan still finds files")]
    private partial void LogWatcherError(string stream, Exception? exception);
}
