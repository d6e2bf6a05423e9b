using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Oods.Core.Configuration;
using Oods.Core.Outcomes;
using Oods.Host.Hosting;
using Oods.Host.Tests.Support;
using Oods.TestUtilities;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Systemd;

/// <summary>SIGTERM: no new files, the batch in flight finished and recorded, logs flushed, exit 0 within the stop timeout.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Run_SigtermWithABatchInFlight_FinishesTheBatchClaimsNothingNewAndExitsZero()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config("m", []));
        await using var systemd = SystemdHarness.Start(dir.Path, TimeSpan.FromSeconds(30), "run", "--config", "oods.yaml");
        await systemd.WaitForAsync(l => l.EndsWith(" READY=1", StringComparison.Ordinal), 1, Patience);

        // The batch in flight: a claimed file whose header read does not return until the test writes to it (a FIFO).
        var landing = dir.Combine("m", "landing");
        Directory.CreateDirectory(landing);
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(landing, ".inflight.fits")]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        File.Move(Path.Combine(landing, ".inflight.fits"), Path.Combine(landing, "inflight.fits"));
        var staged = dir.Combine("m", "staging", "inflight.fits");
        await WaitUntilAsync(() => File.Exists(staged), "the FIFO to be claimed");

        systemd.Terminate();
        await systemd.WaitForAsync(l => l.EndsWith(" STOPPING=1", StringComparison.Ordinal), 1, Patience);
        var late = Drop(landing, 1);

        // open(2) for writing waits for the blocked reader; a test gone wrong must not hang here.
        await Task.Run(() =>
        {
            using var writer = new FileStream(staged, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            writer.Write("not a FITS header"u8);
        }).WaitAsync(Patience);
        var code = await systemd.WaitForExitAsync(Patience);

        Assert.Equal(0, code);
        Assert.True(File.Exists(late), "a file landed after SIGTERM stays in landing for the next start");
        var outcome = Assert.Single(Journal(dir.Path, "LSSTComCam"));
        Assert.Equal(Path.Combine(landing, "inflight.fits"), outcome.Source);
        Assert.Equal((int)OutcomeStatus.MetadataFailure, outcome.Status);
        Assert.True(File.Exists(dir.Combine("m", "bad", "inflight.fits.reason.json")));
        Assert.Contains("OODS stopped with exit code 0", File.ReadAllText(dir.Combine("log", "oods.log")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SigtermWhileReadingTheConfiguration_CleanStopExitZero()
    {
        // The configuration is a FIFO: oods run blocks in open(2) on it until the test opens the other end, so the
        // SIGTERM below lands while OODS is still loading, before the host has taken the signals.
        using var dir = new TempDirectory();
        var config = dir.Combine("oods.yaml");
        using (var mkfifo = Process.Start("mkfifo", [config]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        await using var oods = OodsProcess.Start(dir.Path, "run", "--config", "oods.yaml");
        await Task.Run(() =>
        {
            using var writer = new FileStream(config, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            oods.Terminate();
            writer.Write(System.Text.Encoding.UTF8.GetBytes(Config("m", [])));
        }).WaitAsync(Patience);

        Assert.Equal(0, await oods.WaitForExitAsync(Patience));
        Assert.False(Directory.Exists(dir.Combine("m", "staging")) && Directory.EnumerateFileSystemEntries(dir.Combine("m", "staging")).Any(), "nothing was claimed");
    }

    [Theory]
    [InlineData("oods.service")]
    [InlineData("oods@.service")]
    public void Unit_TimeoutStopSec_LeavesRoomAfterTheHostShutdownTimeout(string unit)
    {
        using var dir = new TempDirectory();
        using var host = ServiceHost.Build(new OodsOptions(), dir.Path);
        var shutdown = host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;
        var line = File.ReadLines(RepoPaths.Path("packaging", "systemd", unit)).Single(l => l.StartsWith("TimeoutStopSec=", StringComparison.Ordinal));
        var stop = TimeSpan.FromSeconds(int.Parse(line["TimeoutStopSec=".Length..], System.Globalization.CultureInfo.InvariantCulture));

        // systemd sends SIGKILL at TimeoutStopSec; the host stops waiting for the loops at ShutdownTimeout and then
        // still logs, flushes and exits.
        Assert.True(stop >= shutdown + TimeSpan.FromSeconds(15), $"{unit}: TimeoutStopSec={stop.TotalSeconds} s, ShutdownTimeout={shutdown.TotalSeconds} s");
    }
}
