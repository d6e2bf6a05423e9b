using Oods.Host.Tests.Support;
using Oods.TestUtilities;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Pipeline;

/// <summary>kill -9 at random moments during ingest, restart after each: every file ends exactly once.</summary>
public sealed class CrashSafetyTests
{
    private const int Good = 2000;
    private const int Kills = 20;

    [Fact]
    public async Task Run_KilledTwentyTimesDuringIngest_EveryFileIngestedOrQuarantinedExactlyOnce()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config("m", []));
        var landing = dir.Combine("m", "landing");
        var goodNames = new HashSet<string>(StringComparer.Ordinal);
        var badNames = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(20261128);
        const int Chunk = Good / Kills;
        for (var kill = 0; kill < Kills; kill++)
        {
            // Each run gets a fresh chunk in landing, so the kill lands while it ingests: after a random number of outcomes
            // (outcomes are logged per batch of up to 20, so the kill falls between or inside the next batch's work).
            for (var i = kill * Chunk; i < (kill + 1) * Chunk; i++)
            {
                goodNames.Add(Path.GetRelativePath(landing, Drop(landing, i, subDirectory: $"seq{i / 9:D4}")));
            }

            badNames.Add(Path.GetRelativePath(landing, DropBad(Path.Combine(landing, $"seq{kill * 11:D4}"), $"bad{kill}.fits")));
            await using var oods = OodsProcess.Start(dir.Path, "run", "--config", "oods.yaml");
            var outcomes = random.Next(1, Chunk / 2);
            await oods.WaitForLinesAsync(l => l.Contains(" 4000 ", StringComparison.Ordinal) || l.Contains(" 4001 ", StringComparison.Ordinal), outcomes, Patience);
            await oods.KillHardAsync();
        }

        await using (var last = OodsProcess.Start(dir.Path, "run", "--config", "oods.yaml"))
        {
            // The earlier runs may have left nothing to do: the stream must be up before the stop, or the stop tests startup, not ingest.
            await last.WaitForLinesAsync(l => l.Contains(" 3000 ", StringComparison.Ordinal), 1, Patience);
            await WaitUntilAsync(
                () => Files(landing).Count == 0 && !File.Exists(dir.Combine("state", "inflight", "LSSTComCam.json")) && RawCount(dir.Combine("m", "repo")) + Files(dir.Combine("m", "bad")).Count >= Good + Kills,
                "every file to be ingested or quarantined",
                () => string.Join('\n', last.Lines.TakeLast(20)));
            last.Terminate();
            Assert.Equal(0, await last.WaitForExitAsync(Patience));
        }

        // Every good file is in the registry once, at its staged path; every bad file is quarantined with its reason; nothing else anywhere.
        Assert.Equal(Good, RawCount(dir.Combine("m", "repo")));
        var staged = dir.Combine("m", "staging");
        Assert.Equal(goodNames.Order(StringComparer.Ordinal), Files(staged));
        Assert.Equal(goodNames.Select(n => Path.Combine(staged, n)).Order(StringComparer.Ordinal), RawPaths(dir.Combine("m", "repo")).Order(StringComparer.Ordinal));
        Assert.Equal(badNames.Order(StringComparer.Ordinal), Files(dir.Combine("m", "bad")));
        Assert.All(badNames, n => Assert.True(File.Exists(Path.Combine(dir.Combine("m", "bad"), n + ".reason.json")), n));
        Assert.Empty(Directory.GetFiles(staged, ".*", SearchOption.AllDirectories));
    }
}
