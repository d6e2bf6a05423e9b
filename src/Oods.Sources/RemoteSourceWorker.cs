using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oods.Core.Journal;
using Oods.Core.Observability;

namespace Oods.Sources;

/// <summary>
/// Pulls one stream's files from a remote FTP or SFTP landing area: polls the remote directory, waits for each file
/// to settle, downloads it into the stream's landing directory under a hidden <c>.name.part</c> name, flushes it to disk,
/// records it in the source state, renames it into place and only then deletes or moves it remotely. The stream's
/// pipeline then claims and ingests it like any other landed file. A file that cannot be fetched several polls in a
/// row, or whose remote removal fails, gets a line in the stream's outcome journal (shared with the stream worker).
/// Each poll's success or failure as a whole (server unreachable, login refused, TLS) goes to the
/// <see cref="StreamMonitor"/>, which the status page, <c>/readyz</c> and <c>/metrics</c> show.
/// </summary>
internal sealed partial class RemoteSourceWorker(SourceSettings settings, IRemoteConnector connector, OutcomeJournal journal, StreamMonitor monitor, TimeProvider time, ILogger<RemoteSourceWorker> logger)
    : BackgroundService
{
    private readonly Dictionary<string, Observation> _observed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fetchFailures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removeFailuresJournaled = new(StringComparer.Ordinal);
    private IRemoteSession? _session;
    private SourceState? _state;

    /// <summary>Polls once: lists, fetches every settled new file, finishes the remote removal of fetched ones.</summary>
    /// <returns>The number of files placed into landing.</returns>
    internal async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        _state ??= SourceState.Load(settings.StatePath);
        if (_session is null)
        {
            _session = await connector.ConnectAsync(cancellationToken).ConfigureAwait(false);
            LogConnected(settings.Stream, settings.Kind, settings.Host, settings.Port);
            if (settings.Kind == "sftp" && settings.InsecureSkipHostKeyCheck)
            {
                LogHostKeyNotChecked(settings.Stream, settings.Host, settings.Port);
            }
        }

        var files = new List<(string Relative, RemoteEntry Entry)>();
        await ListAsync(_session, "", files, cancellationToken).ConfigureAwait(false);
        var present = files.Select(f => f.Relative).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _state.Fetched.Where(f => !present.Contains(f.Path)).Select(f => f.Path).ToList())
        {
            _state.Remove(gone);
        }

        foreach (var stale in _observed.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _observed.Remove(stale);
        }

        ForgetGone(present);
        var placed = 0;
        var now = time.GetUtcNow();

        // Files that failed before go last, so that one that always fails cannot hold up the others.
        foreach (var (relative, entry) in files.OrderBy(f => _fetchFailures.ContainsKey(f.Relative)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_state.WasFetched(relative, entry.Size, entry.Modified))
            {
                LogAlreadyFetched(settings.Stream, relative);
                FinishPlacing(relative);
                await AfterFetchAsync(_session, relative, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!Settled(relative, entry, now))
            {
                LogNotSettled(settings.Stream, relative, entry.Size);
                continue;
            }

            if (File.Exists(LocalPath(relative)))
            {
                LogLandingOccupied(settings.Stream, relative);
                continue;
            }

            if (!await FetchAsync(_session, relative, entry, cancellationToken).ConfigureAwait(false))
            {
                await DropSessionAsync().ConfigureAwait(false);
                break;
            }

            placed++;
            await AfterFetchAsync(_session, relative, cancellationToken).ConfigureAwait(false);
        }

        return placed;
    }

    /// <summary>
    /// Polls once as the service does: a poll that fails as a whole is logged (Warning 9502), reported to the
    /// <see cref="StreamMonitor"/> with its reason and its session dropped; a poll that succeeds clears the failure.
    /// </summary>
    /// <returns>Whether the poll succeeded.</returns>
    internal async Task<bool> PollAndReportAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PollOnceAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogPollFailed(settings.Stream, settings.Kind, settings.Host, settings.Port, e);
            monitor.SourcePollFailed(settings.Stream, settings.Kind, time.GetUtcNow(), Reason(e));
            await DropSessionAsync().ConfigureAwait(false);
            return false;
        }

        monitor.SourcePolled(settings.Stream, settings.Kind, time.GetUtcNow());
        return true;
    }

    /// <summary>Closes the remote session, if one is open.</summary>
    internal Task CloseAsync() => DropSessionAsync();

    /// <inheritdoc/>
    public override void Dispose()
    {
        journal.Dispose();
        base.Dispose();
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAndReportAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await Task.Delay(settings.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await DropSessionAsync().ConfigureAwait(false);
    }

    private static string Reason(Exception e) =>
        e.InnerException is { } inner && !e.Message.Contains(inner.Message, StringComparison.Ordinal) ? $"{e.Message} ({inner.Message})" : e.Message;

    private bool Settled(string relative, RemoteEntry entry, DateTimeOffset now)
    {
        if (!_observed.TryGetValue(relative, out var seen) || seen.Size != entry.Size || seen.Modified != entry.Modified)
        {
            _observed[relative] = new Observation(entry.Size, entry.Modified, now);
            return settings.SettleTime <= TimeSpan.Zero;
        }

        return now - seen.Since >= settings.SettleTime;
    }

    private async Task DropSessionAsync()
    {
        if (_session is { } session)
        {
            _session = null;
            try
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                LogDisconnectFailed(settings.Stream, e);
            }
        }
    }

    private sealed record Observation(long Size, DateTimeOffset? Modified, DateTimeOffset Since);
}
