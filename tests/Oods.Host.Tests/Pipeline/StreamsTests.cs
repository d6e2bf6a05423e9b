using Oods.Host.Tests.Support;
using Oods.TestUtilities;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Pipeline;

/// <summary>Several streams, bursts, discovery without notifications, settle time and unclaimable files, on the real process.</summary>
public sealed class StreamsTests
{
    [Fact]
    public async Task Run_TwoStreams_BurstOf1000AndBadFiles_EveryFileAccountedFor()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config(null, [("burst", "a"), ("other", "b")]));
        await using var oods = OodsProcess.Start(dir.Path, "run", "--config", "oods.yaml");
        await oods.WaitForLinesAsync(l => l.Contains(" 3000 ", StringComparison.Ordinal), 2, Patience);

        for (var i = 0; i < 1000; i++)
        {
            Drop(dir.Combine("a", "landing"), i, subDirectory: $"seq{i / 9:D4}");
        }

        for (var i = 0; i < 9; i++)
        {
            Drop(dir.Combine("b", "landing"), 5000 + i);
        }

        DropBad(dir.Combine("b", "landing"), "junk.fits");
        await WaitUntilAsync(() => Journal(dir.Path, "burst").Count >= 1000 && Journal(dir.Path, "other").Count >= 10, "1010 outcomes", () => string.Join('\n', oods.Lines.TakeLast(20)));

        Assert.Equal(1000, Journal(dir.Path, "burst").Count(e => e.Status == 0));
        Assert.Equal(1000, Journal(dir.Path, "burst").Select(e => e.Source).Distinct().Count());
        Assert.Equal(1000, RawCount(dir.Combine("a", "repo")));
        Assert.Equal(1000, Files(dir.Combine("a", "staging")).Count);
        Assert.Empty(Files(dir.Combine("a", "landing")));
        Assert.Equal(9, RawCount(dir.Combine("b", "repo")));
        var bad = Assert.Single(Journal(dir.Path, "other"), e => e.Status != 0);
        Assert.Equal(2, bad.Status);
        Assert.Equal(dir.Combine("b", "bad", "junk.fits"), bad.Path);
        Assert.True(File.Exists(dir.Combine("b", "bad", "junk.fits.reason.json")));
        Assert.All(Journal(dir.Path, "burst"), e => Assert.True(e.SeenTime <= e.ClaimedTime && e.ClaimedTime <= e.Time));

        oods.Terminate();
        Assert.Equal(0, await oods.WaitForExitAsync(Patience));
    }

    [Fact]
    public async Task Run_NotificationsOff_RescanAloneFindsFilesPresentAtStartAndArrivingDuringIngest()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config("m", [], "use_notifications: false"));
        for (var i = 0; i < 300; i++)
        {
            Drop(dir.Combine("m", "landing"), i, subDirectory: $"d{i % 7}");
        }

        await using var oods = OodsProcess.Start(dir.Path, "run", "--config", "oods.yaml");
        await WaitUntilAsync(() => Journal(dir.Path, "LSSTComCam").Count > 0, "the first outcomes");
        for (var i = 300; i < 600; i++)
        {
            Drop(dir.Combine("m", "landing"), i, subDirectory: $"d{i % 5}");
        }

        await WaitUntilAsync(() => Journal(dir.Path, "LSSTComCam").Count >= 600, "600 outcomes", () => string.Join('\n', oods.Lines.TakeLast(20)));

        Assert.Equal(600, RawCount(dir.Combine("m", "repo")));
        Assert.Equal(600, Journal(dir.Path, "LSSTComCam").Select(e => e.Source).Distinct().Count());
        Assert.Empty(Files(dir.Combine("m", "landing")));
        Assert.DoesNotContain(oods.Lines, l => l.Contains(" 4001 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_SettleTime_FileWrittenSlowlyInPlaceIsTakenOnlyWhenComplete()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config("m", [], "settle_time: {<<: *interval, seconds: 2}"));
        await using var oods = OodsProcess.Start(dir.Path, new Dictionary<string, string> { ["CTRL_OODS_LOG_LEVEL"] = "DEBUG" }, "run", "--config", "oods.yaml");
        await oods.WaitForLinesAsync(l => l.Contains(" 3000 ", StringComparison.Ordinal), 1, Patience);
        var bytes = Oods.TestUtilities.Fits.SyntheticRaws.ComCam(0);
        var path = dir.Combine("m", "landing", Oods.TestUtilities.Fits.SyntheticRaws.ComCamName(0));

        // The camera writes in place, half now: without a settle time this half file would be quarantined.
        await using (var partial = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite))
        {
            partial.Write(bytes.AsSpan(0, bytes.Length / 2));
            partial.Flush();
            await oods.WaitForLinesAsync(l => l.Contains(" 3004 ", StringComparison.Ordinal) && l.Contains(Path.GetFileName(path), StringComparison.Ordinal), 1, Patience);
            partial.Write(bytes.AsSpan(bytes.Length / 2));
        }

        await WaitUntilAsync(() => Journal(dir.Path, "LSSTComCam").Count >= 1, "the outcome");

        var entry = Assert.Single(Journal(dir.Path, "LSSTComCam"));
        Assert.Equal(0, entry.Status);
        Assert.Equal(1, RawCount(dir.Combine("m", "repo")));
    }

    [Fact]
    public async Task Run_UnclaimableFile_ReportedAfterConfiguredAttemptsThenIngestedWhenPossible()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config("m", [], "claim_attempts: 3"));

        // Staging holds a plain file where the claim needs a directory: the rename fails (even for root).
        Directory.CreateDirectory(dir.Combine("m", "staging"));
        File.WriteAllText(dir.Combine("m", "staging", "night1"), "in the way");
        await using var oods = OodsProcess.Start(dir.Path, "run", "--config", "oods.yaml");
        await oods.WaitForLinesAsync(l => l.Contains(" 3000 ", StringComparison.Ordinal), 1, Patience);
        var landed = Drop(dir.Combine("m", "landing"), 0, subDirectory: "night1");

        var report = await oods.WaitForLinesAsync(l => l.Contains(" 4003 ", StringComparison.Ordinal), 1, Patience);
        Assert.Contains("after 3 attempts", report[0], StringComparison.Ordinal);
        await WaitUntilAsync(() => Journal(dir.Path, "LSSTComCam").Count > 0, "the journal entry");
        var unclaimable = Assert.Single(Journal(dir.Path, "LSSTComCam"));
        Assert.Equal("unclaimable", unclaimable.Event);
        Assert.Equal(landed, unclaimable.Source);
        Assert.True(File.Exists(landed));

        File.Delete(dir.Combine("m", "staging", "night1"));
        await WaitUntilAsync(() => Journal(dir.Path, "LSSTComCam").Any(e => e.Status == 0), "the file ingested once claimable", () => string.Join('\n', oods.Lines.TakeLast(20)));
        Assert.Equal(1, RawCount(dir.Combine("m", "repo")));
    }
}
