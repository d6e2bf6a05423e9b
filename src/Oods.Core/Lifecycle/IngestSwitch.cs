namespace Oods.Core.Lifecycle;

/// <summary>
/// Whether the streams may ingest: standalone enables it at start; the CSC enables it on <c>enable</c> and
/// disables it on <c>disable</c>. Streams hold a lease while they ingest and give it back between batches.
/// </summary>
/// <remarks>
/// <see cref="DisableAsync"/> returns once every stream has finished its batch in flight and let go of its
/// lease, so the CSC acknowledges <c>disable</c> only when nothing is being ingested any more.
/// </remarks>
public sealed partial class IngestSwitch : IDisposable
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _enabled = NewSignal();
    private CancellationTokenSource? _period;
    private int _leases;
    private TaskCompletionSource? _drained;

    /// <summary>Creates the switch.</summary>
    /// <param name="enabledAtStart">True for standalone (ingest from the start), false for the CSC (wait for <c>enable</c>).</param>
    public IngestSwitch(bool enabledAtStart)
    {
        if (enabledAtStart)
        {
            Enable();
        }
    }

    /// <summary>Raised when a stream meets an error it cannot get past (e.g. its repository cannot be opened).</summary>
    /// <remarks>With no subscriber (standalone) the stream's loop faults and the process exits non-zero.</remarks>
    public event EventHandler<IngestFault>? Faulted;

    /// <summary>Whether ingest is enabled now.</summary>
    public bool IsEnabled
    {
        get
        {
            lock (_gate)
            {
                return _period is not null;
            }
        }
    }

    /// <summary>Whether something handles faults (the CSC); when false, a stream's fault ends the process.</summary>
    public bool HandlesFaults => Faulted is not null;

    /// <summary>Allows ingest; idempotent.</summary>
    public void Enable()
    {
        lock (_gate)
        {
            if (_period is not null)
            {
                return;
            }

            _period = new CancellationTokenSource();
            _enabled.TrySetResult();
        }
    }

    /// <summary>Stops ingest and waits until every stream has finished its batch in flight; idempotent.</summary>
    /// <param name="cancellationToken">Stops waiting (ingest stays disabled).</param>
    /// <returns>A task that completes when no stream holds a lease.</returns>
    public Task DisableAsync(CancellationToken cancellationToken = default)
    {
        Task drained;
        lock (_gate)
        {
            if (_period is { } period)
            {
                _period = null;
                _enabled = NewSignal();
                period.Cancel();
                period.Dispose();
            }

            if (_leases == 0)
            {
                return Task.CompletedTask;
            }

            _drained ??= NewSignal();
            drained = _drained.Task;
        }

        return drained.WaitAsync(cancellationToken);
    }

    /// <summary>Waits until ingest is enabled and takes a lease for one stream.</summary>
    /// <param name="cancellationToken">Stops waiting (service stopping).</param>
    /// <returns>The lease: its <see cref="IngestLease.Disabled"/> token fires on disable; dispose it between batches once it has.</returns>
    public async Task<IngestLease> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task enabled;
            lock (_gate)
            {
                if (_period is { } period)
                {
                    _leases++;
                    return new IngestLease(this, period.Token);
                }

                enabled = _enabled.Task;
            }

            await enabled.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reports an error a stream cannot get past.</summary>
    /// <param name="fault">What happened.</param>
    public void ReportFault(IngestFault fault) => Faulted?.Invoke(this, fault);

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _period?.Dispose();
        }
    }

    /// <summary>Gives a lease back.</summary>
    internal void Release()
    {
        lock (_gate)
        {
            _leases--;
            if (_leases == 0 && _drained is { } drained)
            {
                _drained = null;
                drained.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
