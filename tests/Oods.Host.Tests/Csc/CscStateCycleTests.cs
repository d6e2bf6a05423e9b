using Oods.TestUtilities;
using Oods.TestUtilities.Csc;

namespace Oods.Host.Tests.Csc;

/// <summary>The real oods process commanded through the whole salobj state cycle by an independent Apache.Avro client.</summary>
public sealed class CscStateCycleTests
{
    private const string ComCamRaw = "comCam/raw/2019-05-30/3019053000001/3019053000001-R22-S00-det000.fits";

    [Fact]
    public async Task Run_CscFullStateCycle_IngestsOnlyWhenEnabledAndExitsZero()
    {
        await using var csc = new CscProcess("CCOODS", "logevent_imageInOODS");
        using var heartbeats = new ObservatoryControl(csc.Kafka.Bootstrap, csc.Registry.Url, "CCOODS", csc.Subname, "logevent_heartbeat");
        await using var oods = await csc.StartAsync();

        // Malformed commands are logged and skipped; the loop goes on.
        await csc.Control.SendRawAsync("command_start", [0x01, 0, 0, 0, 1, 0]);
        await csc.Control.SendRawAsync("command_start", [0, 0x7f, 0, 0, 1, 0]);
        await csc.Control.SendRawAsync("command_start", [0, 0]);
        Assert.Equal(-302, await csc.FinalAckAsync("command_enable", 1));
        Assert.Equal(-302, await csc.FinalAckAsync("command_disable", 2));
        await oods.WaitForLinesAsync(l => l.Contains(" 7004 ", StringComparison.Ordinal), 3, CscProcess.Patience);

        csc.DropIntoLanding(SharedData.Path("data", "obs_lsst", "gen3", ComCamRaw), "2019-05-30/3019053000001-R22-S00-det000.fits");
        Assert.Equal(303, await csc.FinalAckAsync("command_start", 3));
        Assert.True(File.Exists(csc.Directory.Combine("landing", "2019-05-30", "3019053000001-R22-S00-det000.fits")), "DISABLED does not ingest");
        Assert.Equal(-302, await csc.FinalAckAsync("command_start", 4));

        Assert.Equal(303, await csc.FinalAckAsync("command_enable", 5));
        // The first imageInOODS may have been read already, while waiting for the enable ack.
        var good = await csc.Control.NthAsync("logevent_imageInOODS", 1, CscProcess.StepTimeout);
        Assert.Equal("CC_C_20190530_000001", good["obsid"]);
        Assert.Equal("R22", good["raft"]);
        Assert.Equal("S00", good["sensor"]);
        Assert.Equal(0, good["statusCode"]);
        Assert.Equal("CCOODS", good["private_identity"]);

        csc.DropIntoLanding(SharedData.Path("data", "ctrl_oods", "bad.fits.fz"), "bad.fits.fz");
        var bad = await csc.Control.NthAsync("logevent_imageInOODS", 2, CscProcess.StepTimeout);
        Assert.Equal(2, bad["statusCode"]);
        Assert.NotEqual(string.Empty, bad["description"]);

        Assert.Equal(303, await csc.FinalAckAsync("command_disable", 6));
        Assert.Equal(-302, await csc.FinalAckAsync("command_exitControl", 7));
        Assert.Equal(303, await csc.FinalAckAsync("command_standby", 8));
        Assert.Equal(303, await csc.FinalAckAsync("command_exitControl", 9));
        Assert.Equal(0, await oods.WaitForExitAsync(CscProcess.Patience));
        if (!csc.Control.Seen.Any(s => s.SalName == "logevent_summaryState" && (int)s.Record["summaryState"] == 4))
        {
            await csc.Control.ReadUntilAsync((n, r) => n == "logevent_summaryState" && (int)r["summaryState"] == 4, CscProcess.StepTimeout);
        }

        var states = csc.Control.Seen.Where(s => s.SalName == "logevent_summaryState").Select(s => (int)s.Record["summaryState"]);
        Assert.Equal([5, 1, 2, 1, 5, 4], states);

        var stamps = new List<double>();
        var reading = CscProcess.StepTimeout;
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(reading);
            quiet.CancelAfter(TimeSpan.FromSeconds(2));
            try
            {
                var (_, beat) = await heartbeats.ReadUntilAsync((_, _) => true, quiet.Token);
                stamps.Add((double)beat["private_sndStamp"]);
            }
            catch (OperationCanceledException) when (!reading.IsCancellationRequested)
            {
                break;
            }
        }

        // The first heartbeat is a startup event; the loop ticks every second after it.
        Assert.True(stamps.Count >= 5, $"{stamps.Count} heartbeats");
        var rate = (stamps.Count - 2) / (stamps[^1] - stamps[1]);
        Assert.InRange(rate, 0.9, 1.1);
        Assert.All(stamps.Skip(1).Zip(stamps.Skip(2), (a, b) => b - a), gap => Assert.InRange(gap, 0.5, 1.5));
    }
}
