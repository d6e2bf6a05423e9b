using System.Text.Json;
using Oods.Host.Tests.Support;
using Oods.TestUtilities;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Logging;

/// <summary>What log readers and shippers get from the real process: journald priorities and JSON lines.</summary>
public sealed class LogOutputTests
{
    [Fact]
    public async Task Run_UnderJournaldWithJsonFile_PrefixesPrioritiesAndWritesOneJsonObjectPerEvent()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config("m", []));
        var environment = new Dictionary<string, string> { ["JOURNAL_STREAM"] = "8:12345", ["CTRL_OODS_LOG_JSON"] = dir.Combine("oods.json") };
        await using var oods = OodsProcess.Start(dir.Path, environment, "run", "--config", "oods.yaml");
        await oods.WaitForLinesAsync(l => l.Contains(" 3000 ", StringComparison.Ordinal), 1, Patience);

        // A header that reads but does not translate: the failure still names the image from what the header says.
        var junk = new Oods.TestUtilities.Fits.FitsBuilder().Primary(("OBSID", "CC_O_20240101_000042"), ("RAFTBAY", "R22"), ("CCDSLOT", "S11")).ToBytes();
        File.WriteAllBytes(dir.Combine("m", "landing", ".junk.fits"), junk);
        File.Move(dir.Combine("m", "landing", ".junk.fits"), dir.Combine("m", "landing", "junk.fits"));
        var warning = (await oods.WaitForLinesAsync(l => l.Contains(" 4001 ", StringComparison.Ordinal), 1, Patience))[0];
        oods.Terminate();
        Assert.Equal(0, await oods.WaitForExitAsync(Patience));

        Assert.StartsWith("<4>", warning, StringComparison.Ordinal);
        Assert.StartsWith("<6>", Assert.Single(oods.Lines, l => l.Contains(" 1000 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        var events = File.ReadAllLines(dir.Combine("oods.json")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var failed = Assert.Single(events, e => e.TryGetProperty("EventId", out var id) && id.GetInt32() == 4001);
        Assert.Equal("WARN", failed.GetProperty("level").GetString());
        Assert.Equal("CC_O_20240101_000042", failed.GetProperty("ObsId").GetString());
        Assert.Equal(2, failed.GetProperty("StatusCode").GetInt32());
        Assert.Contains("junk.fits", failed.GetProperty("message").GetString(), StringComparison.Ordinal);
        var journal = Assert.Single(Journal(dir.Path, "LSSTComCam"));
        Assert.Equal(("CC_O_20240101_000042", "R22", "S11"), (journal.ObsId, journal.Raft, journal.Sensor));
    }
}
