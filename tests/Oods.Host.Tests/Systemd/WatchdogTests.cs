using System.Runtime.InteropServices;
using Oods.TestUtilities;

namespace Oods.Host.Tests.Systemd;

/// <summary>sd_notify on the real process: READY, WATCHDOG only while the stream loops make progress, STOPPING.</summary>
public sealed partial class WatchdogTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Run_UnderSystemd_ReadyWatchdogWhileAliveSilentWhileAStreamHangsStopping()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), """
            default_interval: &interval {days: 0, hours: 0, minutes: 0, seconds: 0}
            state_directory: state
            file_ingester:
              image_staging_directory: landing
              staging_directory: staging
              bad_file_directory: bad
              new_file_scan_interval: {<<: *interval, seconds: 1}
              butler:
                instrument: lsst.obs.lsst.LsstComCam
                repo_directory: repo
            """);
        await using var systemd = SystemdHarness.Start(dir.Path, Watchdog, "run", "--config", "oods.yaml");

        await systemd.WaitForAsync(l => l.EndsWith(" READY=1", StringComparison.Ordinal), 1, Patience);
        await systemd.WaitForAsync(l => l.EndsWith(" WATCHDOG=1", StringComparison.Ordinal), 3, Patience);

        // A stream loop hangs: the file it claims is a FIFO nobody writes, so reading its header blocks (as a read from a
        // dead network filesystem would). Within a watchdog interval the loop is stalled and the pings stop.
        Directory.CreateDirectory(dir.Combine("landing"));
        Assert.Equal(0, MakeFifo(dir.Combine("landing", "hang.fits"), Convert.ToUInt32("644", 8)));
        await systemd.WaitForAsync(l => l.Contains(" 1010 ", StringComparison.Ordinal), 1, Patience);
        var pingsAtStall = systemd.Notifications.Count(n => n == "WATCHDOG=1");

        // The quantity under test is silence over time: watch two whole watchdog intervals.
        await Task.Delay(2 * Watchdog);
        Assert.Equal(pingsAtStall, systemd.Notifications.Count(n => n == "WATCHDOG=1"));

        // The writer shows up with junk: the file is quarantined, the loop goes on, the pings resume.
        await using (var writer = new FileStream(dir.Combine("staging", "hang.fits"), FileMode.Open, FileAccess.Write))
        {
            writer.Write("not a FITS header"u8);
        }

        await systemd.WaitForAsync(l => l.EndsWith(" WATCHDOG=1", StringComparison.Ordinal), pingsAtStall + 2, Patience);
        Assert.True(File.Exists(dir.Combine("bad", "hang.fits.reason.json")));

        systemd.Terminate();
        Assert.Equal(0, await systemd.WaitForExitAsync(Patience));
        Assert.Contains("STOPPING=1", systemd.Notifications);
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MakeFifo(string path, uint mode);
}
