using System.Runtime.InteropServices;

namespace Oods.Host.Hosting;

/// <summary>
/// Takes SIGTERM and Ctrl+C from the first line of <c>oods run</c>, before the host's lifetime registers its own handlers:
/// a stop that arrives while OODS is still reading its configuration or starting is a clean stop (exit 0), not death by signal (143).
/// </summary>
internal sealed class EarlyStop : IDisposable
{
    private readonly CancellationTokenSource _requested = new();
    private readonly PosixSignalRegistration[] _registrations;

    /// <summary>Registers the handlers; they stay until disposed and only record the request (the host stops itself).</summary>
    public EarlyStop() => _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal)];

    /// <summary>Cancelled when a stop signal arrived.</summary>
    public CancellationToken Requested => _requested.Token;

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _requested.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        _requested.Cancel();
    }
}
