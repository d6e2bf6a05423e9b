using Oods.Core.Lifecycle;

namespace Oods.Core.Tests.Lifecycle;

public sealed class IngestSwitchTests
{
    [Fact]
    public async Task AcquireAsync_Disabled_WaitsUntilEnabled()
    {
        using var ingest = new IngestSwitch(enabledAtStart: false);
        var acquiring = ingest.AcquireAsync(CancellationToken.None);

        Assert.False(acquiring.IsCompleted);
        ingest.Enable();
        using var lease = await acquiring.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(lease.Disabled.IsCancellationRequested);
    }

    [Fact]
    public async Task DisableAsync_LeaseHeld_CompletesOnlyWhenTheBatchInFlightGivesItBack()
    {
        using var ingest = new IngestSwitch(enabledAtStart: true);
        var lease = await ingest.AcquireAsync(CancellationToken.None);

        var disabling = ingest.DisableAsync();

        Assert.True(lease.Disabled.IsCancellationRequested);
        Assert.False(disabling.IsCompleted);
        Assert.False(ingest.IsEnabled);
        lease.Dispose();
        await disabling.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Enable_AfterDisable_GivesAFreshLeaseWhoseTokenIsNotCancelled()
    {
        using var ingest = new IngestSwitch(enabledAtStart: true);
        (await ingest.AcquireAsync(CancellationToken.None)).Dispose();
        await ingest.DisableAsync();

        ingest.Enable();
        using var lease = await ingest.AcquireAsync(CancellationToken.None);

        Assert.False(lease.Disabled.IsCancellationRequested);
        Assert.True(ingest.IsEnabled);
    }

    [Fact]
    public async Task AcquireAsync_Stopping_Cancels()
    {
        using var ingest = new IngestSwitch(enabledAtStart: false);
        using var stopping = new CancellationTokenSource();
        var acquiring = ingest.AcquireAsync(stopping.Token);

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => acquiring);
    }

    [Fact]
    public void ReportFault_WithSubscriber_DeliversTheFault()
    {
        using var ingest = new IngestSwitch(enabledAtStart: true);
        IngestFault? seen = null;
        Assert.False(ingest.HandlesFaults);
        ingest.Faulted += (_, f) => seen = f;

        ingest.ReportFault(new IngestFault("s", 100, "repository gone", null));

        Assert.True(ingest.HandlesFaults);
        Assert.Equal("repository gone", seen?.Report);
    }

    [Fact]
    public async Task Lease_DisposedTwice_CountsOnce()
    {
        using var ingest = new IngestSwitch(enabledAtStart: true);
        var first = await ingest.AcquireAsync(CancellationToken.None);
        var second = await ingest.AcquireAsync(CancellationToken.None);
        first.Dispose();
        first.Dispose();

        var disabling = ingest.DisableAsync();

        Assert.False(disabling.IsCompleted);
        second.Dispose();
        await disabling.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
