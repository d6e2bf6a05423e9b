using Oods.Core.Pipeline;

namespace Oods.Core.Lifecycle;

/// <summary>Running a loop's enabled periods, with the fault handling every ingesting loop shares.</summary>
public sealed partial class IngestSwitch
{
    /// <summary>
    /// Runs <paramref name="enabled"/> for each period in which ingest is enabled, until stopping. When faults are
    /// handled (CSC mode) and a period fails, the fault is reported and the loop waits for the operator's disable
    /// and a new enable: no retry loop against a broken repository. Standalone, the failure escapes.
    /// </summary>
    /// <param name="name">The loop's name (stream), named in the fault.</param>
    /// <param name="enabled">One enabled period; its token fires on disable.</param>
    /// <param name="idle">Called before each wait for an enable (state, watchdog).</param>
    /// <param name="faulted">Called with the error before the fault is reported (log, state).</param>
    /// <param name="stoppingToken">Stops the loop.</param>
    /// <returns>A task that completes when stopping.</returns>
    public async Task RunEnabledPeriodsAsync(string name, Func<CancellationToken, Task> enabled, Action idle, Action<Exception> faulted, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(enabled);
        ArgumentNullException.ThrowIfNull(idle);
        ArgumentNullException.ThrowIfNull(faulted);
        while (!stoppingToken.IsCancellationRequested)
        {
            idle();
            IngestLease lease;
            try
            {
                lease = await AcquireAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var disabled = lease.Disabled;
            var failed = false;
            using (lease)
            {
                try
                {
                    await enabled(disabled).ConfigureAwait(false);
                }
                catch (Exception e) when (HandlesFaults && e is not OperationCanceledException)
                {
                    faulted(e);
                    ReportFault(new IngestFault(name, ErrorCodes.StreamFault, $"stream {name}: {e.Message}", e));
                    failed = true;
                }
            }

            if (failed)
            {
                await WaitAsync(disabled, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WaitAsync(CancellationToken disabled, CancellationToken stoppingToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(disabled, stoppingToken);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Disabled (or stopping): the next period may begin.
        }
    }
}
