namespace Oods.Core.Lifecycle;

/// <summary>A stream's permission to ingest, from <see cref="IngestSwitch.AcquireAsync"/>; dispose it to give it back.</summary>
public sealed class IngestLease : IDisposable
{
    private IngestSwitch? _owner;

    internal IngestLease(IngestSwitch owner, CancellationToken disabled)
    {
        _owner = owner;
        Disabled = disabled;
    }

    /// <summary>Fires when ingest is disabled: finish the batch in flight, then dispose the lease.</summary>
    public CancellationToken Disabled { get; }

    /// <inheritdoc/>
    public void Dispose() => Interlocked.Exchange(ref _owner, null)?.Release();
}
