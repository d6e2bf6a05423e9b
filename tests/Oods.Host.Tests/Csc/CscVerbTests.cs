using Oods.Host.Tests.Support;
using Oods.TestUtilities;
using Xunit.Abstractions;

namespace Oods.Host.Tests.Csc;

/// <summary><c>oods csc send</c> and <c>oods csc watch</c> against a running oods CSC on the mock broker.</summary>
public sealed class CscVerbTests(ITestOutputHelper output)
{
    private const string ComCamRaw = "comCam/raw/2019-05-30/3019053000001/3019053000001-R22-S00-det000.fits";

    [Fact]
    public async Task CscSend_StartEnableDisable_PrintsAckSequenceAndExitsZero()
    {
        await using var csc = new CscProcess("CCOODS");
        await using var oods = await csc.StartAsync();

        var start = await SendAsync(csc, "start", "--override", "night.yaml");
        var enable = await SendAsync(csc, "enable");
        var disable = await SendAsync(csc, "disable");

        foreach (var (name, (code, lines)) in new[] { ("start", start), ("enable", enable), ("disable", disable) })
        {
            Assert.True(code == 0, string.Join(Environment.NewLine, lines));
            var acks = lines.Where(l => l.Contains(" ackcmd ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, acks.Count);
            Assert.Matches($@"^\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{{3}}Z ackcmd {name} seqNum=[1-9]\d* 301 CMD_INPROGRESS timeout=5s ""transitioning to state: {name}""$", acks[0]);
            Assert.Matches($@" ackcmd {name} seqNum=[1-9]\d* 303 CMD_COMPLETE ""Done""$", acks[1]);
        }

        // The CSC saw the commands from this user's remote and went through the states.
        await oods.WaitForLinesAsync(l => l.Contains(" 7002 ", StringComparison.Ordinal) && l.Contains($"from {Environment.UserName}@", StringComparison.Ordinal), 3, CscProcess.Patience);
        foreach (var state in new[] { 1, 2, 1 })
        {
            await csc.Control.ReadUntilAsync((n, r) => n == "logevent_summaryState" && (int)r["summaryState"] == state, CscProcess.StepTimeout);
        }
    }

    [Fact]
    public async Task CscSend_CommandInWrongState_PrintsReasonAndExitsOne()
    {
        await using var csc = new CscProcess("ATOODS");
        await using var oods = await csc.StartAsync();

        var (code, lines) = await SendAsync(csc, "enable");
        output.WriteLine(string.Join(Environment.NewLine, lines));

        Assert.True(code == 1, string.Join(Environment.NewLine, lines));
        Assert.Contains(lines, l => l.Contains("ackcmd enable seqNum=", StringComparison.Ordinal) && l.Contains("-302 CMD_FAILED error=1 \"Failed: enable not allowed in state <State.STANDBY: 5>\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == "enable to ATOODS failed: Failed: enable not allowed in state <State.STANDBY: 5>");
        Assert.Equal(0, (await SendAsync(csc, "setLogLevel", "--level", "DEBUG")).ExitCode);
    }

    [Fact]
    public async Task CscSend_NoCscRunning_NoAckAfterTimeoutExitsThree()
    {
        await using var csc = new CscProcess("MTOODS");

        var (code, lines) = await SendAsync(csc, "start", "--timeout", "2");

        Assert.True(code == 3, string.Join(Environment.NewLine, lines));
        Assert.Contains(lines, l => l.Contains("ackcmd start seqNum=", StringComparison.Ordinal) && l.Contains("-301 CMD_NOACK", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("is the CSC running with LSST_TOPIC_SUBNAME=" + csc.Subname, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CscSend_BadArguments_ConfigurationErrorWithoutSending()
    {
        await using var csc = new CscProcess("ATOODS");

        Assert.Equal(2, (await SendAsync(csc, "setLogLevel")).ExitCode);
        Assert.Equal(2, (await SendAsync(csc, "enable", "--override", "x")).ExitCode);
        Assert.Equal(2, (await SendAsync(csc, "resetFromFault")).ExitCode);
        await using var noComponent = OodsProcess.Start(csc.Directory.Path, csc.Environment, "csc", "send", "start", "--config", "oods.yaml");
        Assert.Equal(2, await noComponent.WaitForExitAsync(CscProcess.Patience));
        Assert.Contains(noComponent.Lines, l => l.Contains("give --component NAME or set csc.component", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CscWatch_StateChangesAndDroppedFile_PrintsSummaryStateAndImageInOods()
    {
        await using var csc = new CscProcess("CCOODS");
        await using var oods = await csc.StartAsync();
        await using var watch = OodsProcess.Start(csc.Directory.Path, csc.Environment, "csc", "watch", "--component", "CCOODS");
        await watch.WaitForLinesAsync(l => l.StartsWith("Watching 8 event topics of CCOODS", StringComparison.Ordinal), 1, CscProcess.Patience);
        await watch.WaitForLinesAsync(l => l.EndsWith(" summaryState STANDBY", StringComparison.Ordinal), 1, CscProcess.Patience);

        Assert.Equal(303, await csc.FinalAckAsync("command_start", 1));
        Assert.Equal(303, await csc.FinalAckAsync("command_enable", 2));
        csc.DropIntoLanding(SharedData.Path("data", "obs_lsst", "gen3", ComCamRaw), "2019-05-30/3019053000001-R22-S00-det000.fits");

        await watch.WaitForLinesAsync(l => l.EndsWith(" summaryState DISABLED", StringComparison.Ordinal), 1, CscProcess.Patience);
        await watch.WaitForLinesAsync(l => l.EndsWith(" summaryState ENABLED", StringComparison.Ordinal), 1, CscProcess.Patience);
        var image = (await watch.WaitForLinesAsync(l => l.Contains(" imageInOODS ", StringComparison.Ordinal), 1, CscProcess.Patience))[0];
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z imageInOODS camera=\S+ obsid=CC_C_20190530_000001 raft=R22 sensor=S00 statusCode=0 description=", image);
        await watch.WaitForLinesAsync(l => l.EndsWith(" heartbeat", StringComparison.Ordinal), 2, CscProcess.Patience);

        foreach (var line in watch.Lines)
        {
            output.WriteLine(line);
        }

        watch.Terminate();
        Assert.Equal(0, await watch.WaitForExitAsync(CscProcess.Patience));
        var states = watch.Lines.Where(l => l.Contains(" summaryState ", StringComparison.Ordinal)).Select(l => l.Split(' ')[^1]);
        Assert.Equal(["STANDBY", "DISABLED", "ENABLED"], states);
    }

    private static async Task<(int ExitCode, IReadOnlyCollection<string> Lines)> SendAsync(CscProcess csc, params string[] args)
    {
        await using var send = OodsProcess.Start(csc.Directory.Path, csc.Environment, ["csc", "send", .. args, "--component", csc.Component]);
        return (await send.WaitForExitAsync(CscProcess.Patience), send.Lines);
    }
}
