using Oods.TestUtilities;

namespace Oods.Host.Tests.Csc;

/// <summary>The broker goes away while ENABLED: ingest goes on, and every outcome event arrives once it is back.</summary>
public sealed class CscBrokerRestartTests
{
    [Fact]
    public async Task Run_BrokerDownWhileIngesting_NoOutcomeEventLost()
    {
        await using var csc = new CscProcess("MTOODS", "logevent_imageInOODS");
        await using var oods = await csc.StartAsync();
        Assert.Equal(303, await csc.FinalAckAsync("command_start", 1));
        Assert.Equal(303, await csc.FinalAckAsync("command_enable", 2));

        csc.Kafka.BrokerDown();
        var names = Enumerable.Range(1, 4).Select(i => $"junk{i}.fits").ToList();
        foreach (var name in names)
        {
            csc.DropIntoLanding(SharedData.Path("data", "ctrl_oods", "bad.fits.fz"), name);
        }

        csc.DropIntoLanding(SharedData.Path("data", "obs_lsst", "gen3", "comCam/raw/2019-05-30/3019053000001/3019053000001-R22-S00-det000.fits"), "3019053000001-R22-S00-det000.fits");

        // Ingest goes on without the broker: every file gets its outcome in the log.
        await oods.WaitForLinesAsync(l => l.Contains(" 4000 ", StringComparison.Ordinal), 1, CscProcess.Patience);
        await oods.WaitForLinesAsync(l => l.Contains(" 4001 ", StringComparison.Ordinal), names.Count, CscProcess.Patience);
        csc.Kafka.BrokerUp();

        // A fetch in flight when the broker went down is given up after the socket timeout (10 s in the CSC, not
        // librdkafka's 60 s), so the CSC's events and its command reader are back well within 45 s.
        var restarted = System.Diagnostics.Stopwatch.StartNew();
        using var afterRestart = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        var seen = new List<(string ObsId, int Status)>();
        while (seen.Count < names.Count + 1)
        {
            var (_, image) = await csc.Control.ReadUntilAsync((n, _) => n == "logevent_imageInOODS", afterRestart.Token);
            seen.Add(((string)image["obsid"], (int)image["statusCode"]));
        }

        Assert.Contains(("CC_C_20190530_000001", 0), seen);
        Assert.Equal(names.Count, seen.Count(s => s.Status == 2));
        // The CSC's own command consumer recovers from the restart the same way, so the same patience for its ack.
        var acks = await csc.Control.CommandAsync("command_disable", 3, afterRestart.Token);
        Assert.Equal(303, (int)acks[^1]["ack"]);
        Console.WriteLine($"events and commands back {restarted.Elapsed.TotalSeconds:F1} s after the broker");
    }
}
