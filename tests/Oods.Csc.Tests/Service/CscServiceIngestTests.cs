using Microsoft.Extensions.Time.Testing;
using Oods.Core.Lifecycle;
using Oods.Csc.States;

namespace Oods.Csc.Tests.Service;

/// <summary>The CSC drives the ingest switch: enable, disable after the batch in flight, FAULT on a stream fault.</summary>
public sealed class CscServiceIngestTests
{
    [Fact]
    public async Task Disable_WhileAStreamHoldsItsLease_FinalAckOnlyAfterTheBatchEnds()
    {
        await using var h = await CscHarness.StartAsync("ATOODS", new FakeTimeProvider(), "ackcmd", "logevent_summaryState");
        Assert.Equal(303, await h.FinalAckAsync("command_start", 1));
        Assert.Equal(303, await h.FinalAckAsync("command_enable", 2));
        var lease = await h.Ingest.AcquireAsync(h.Timeout);

        await h.Control.SendCommandAsync("command_disable", 3, "observer@test", 4242);
        await h.Control.ReadUntilAsync((n, r) => n == "ackcmd" && (int)r["private_seqNum"] == 3 && (int)r["ack"] == 301, h.Timeout);
        await WaitUntilAsync(() => lease.Disabled.IsCancellationRequested, h.Timeout);
        Assert.Equal(SummaryState.Enabled, h.Csc.State);

        lease.Dispose();
        var (_, final) = await h.Control.ReadUntilAsync((n, r) => n == "ackcmd" && (int)r["private_seqNum"] == 3 && (int)r["ack"] != 301, h.Timeout);
        Assert.Equal(303, final["ack"]);
        Assert.False(h.Ingest.IsEnabled);
        Assert.Equal(SummaryState.Disabled, h.Csc.State);
    }

    [Fact]
    public async Task IngestFault_WhenEnabled_ErrorCodeThenFaultAndStandbyLeavesIt()
    {
        await using var h = await CscHarness.StartAsync("CCOODS", new FakeTimeProvider(), "ackcmd", "logevent_summaryState", "logevent_errorCode");
        Assert.Equal(303, await h.FinalAckAsync("command_start", 1));
        Assert.Equal(303, await h.FinalAckAsync("command_enable", 2));

        h.Ingest.ReportFault(new IngestFault("comcam", 100, "stream comcam: repository cannot be opened", new IOException("disk gone")));

        var (_, error) = await h.Control.ReadUntilAsync((n, r) => n == "logevent_errorCode" && (int)r["errorCode"] == 100, h.Timeout);
        Assert.Equal("stream comcam: repository cannot be opened", error["errorReport"]);
        Assert.Contains("disk gone", (string)error["traceback"], StringComparison.Ordinal);
        if (!h.Control.Seen.Any(s => s.SalName == "logevent_summaryState" && (int)s.Record["summaryState"] == 3))
        {
            await h.Control.ReadUntilAsync((n, r) => n == "logevent_summaryState" && (int)r["summaryState"] == 3, h.Timeout);
        }
        Assert.False(h.Ingest.IsEnabled);
        Assert.Equal(-302, await h.FinalAckAsync("command_enable", 3));

        Assert.Equal(303, await h.FinalAckAsync("command_standby", 4));
        if (!h.Control.Seen.Any(s => s.SalName == "logevent_errorCode" && (int)s.Record["errorCode"] == 0 && s.Record["errorReport"] is ""))
        {
            await h.Control.ReadUntilAsync((n, r) => n == "logevent_errorCode" && (int)r["errorCode"] == 0, h.Timeout);
        }
        Assert.Equal(SummaryState.Standby, h.Csc.State);
    }

    [Fact]
    public async Task Enable_FromStandby_FailsWithSalobjReasonAndIngestStaysOff()
    {
        await using var h = await CscHarness.StartAsync("WFOODS", new FakeTimeProvider(), "ackcmd");
        var acks = await h.Control.CommandAsync("command_enable", 7, h.Timeout);

        var ack = Assert.Single(acks);
        Assert.Equal(-302, ack["ack"]);
        Assert.Equal("Failed: enable not allowed in state <State.STANDBY: 5>", ack["result"]);
        Assert.False(h.Ingest.IsEnabled);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition())
        {
            await Task.Delay(10, cancellationToken);
        }
    }
}
