using Oods.Host.Tests.Support;

namespace Oods.Host.Tests.Csc;

/// <summary>A second oods under the same component name sees the first one's heartbeat and refuses to start.</summary>
public sealed class CscInstanceTests
{
    [Fact]
    public async Task Run_SecondInstanceSameComponent_ExitsNonZeroAndFirstKeepsRunning()
    {
        await using var csc = new CscProcess("ATOODS");
        await using var first = await csc.StartAsync();

        await using var second = OodsProcess.Start(csc.Directory.Path, csc.Environment, "run", "--config", "oods.yaml", "--component", "ATOODS");
        var code = await second.WaitForExitAsync(CscProcess.Patience);

        Assert.Equal(3, code);
        Assert.Contains(second.Lines, l => l.Contains("another ATOODS is already running", StringComparison.Ordinal) && l.Contains($"origin {first.Id}", StringComparison.Ordinal));
        Assert.Equal(303, await csc.FinalAckAsync("command_start", 1));
    }

    [Fact]
    public async Task Run_CscModeWithoutTopicSubname_ConfigurationErrorListingIt()
    {
        await using var csc = new CscProcess("ATOODS");
        var environment = csc.Environment.Where(e => e.Key != "LSST_TOPIC_SUBNAME").ToDictionary();

        await using var oods = OodsProcess.Start(csc.Directory.Path, environment, "run", "--config", "oods.yaml", "--component", "ATOODS");

        Assert.Equal(2, await oods.WaitForExitAsync(CscProcess.Patience));
        Assert.Contains(oods.Lines, l => l.Contains("LSST_TOPIC_SUBNAME: required in CSC mode", StringComparison.Ordinal));
    }
}
