using Oods.Host.Tests.Support;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Status;

/// <summary><c>oods explain</c> on the journal of a real run: an ingested file, a quarantined file, a name never seen.</summary>
public sealed class ExplainTests
{
    [Fact]
    public async Task Explain_IngestedQuarantinedAndUnknown_TellsEachStory()
    {
        await using var status = await StatusFixture.StartAsync();
        var dir = status.Directory;
        var good = Drop(dir.Combine("a", "landing"), 7, subDirectory: "night1");
        Drop(dir.Combine("a", "landing"), 8, subDirectory: "night1");
        var bad = DropBad(dir.Combine("a", "landing", "night1"), "broken.fits");
        await WaitUntilAsync(() => Journal(dir.Path, "alpha").Count >= 3, "3 outcomes");
        var journal = Journal(dir.Path, "alpha");
        var goodEntry = Assert.Single(journal, e => e.Source == good);
        var badEntry = Assert.Single(journal, e => e.Source == bad);

        // Ingested, asked by its landing path: seen, claimed, the repository and dataset id, where it is now.
        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "explain", good, "--config", "oods.yaml");
        var text = string.Join('\n', lines);
        Assert.Equal(0, code);
        Assert.Contains("[stream alpha]", text, StringComparison.Ordinal);
        Assert.Contains($"observation  {goodEntry.ObsId} {goodEntry.Raft} {goodEntry.Sensor}", text, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("seen ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("claimed ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("ingested ", StringComparison.Ordinal));
        var (repository, datasetId) = Assert.Single(goodEntry.Datasets);
        Assert.Contains(lines, l => l.Contains(repository, StringComparison.Ordinal) && l.Contains($"dataset {datasetId}", StringComparison.Ordinal));
        Assert.Contains($"now at       {goodEntry.Path}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", text, StringComparison.Ordinal);

        // The same story by observation id (every file of that exposure is listed).
        (code, lines) = await OodsProcess.RunAsync(dir.Path, "explain", goodEntry.ObsId, "--config", "oods.yaml");
        Assert.Equal(0, code);
        Assert.Contains(lines, l => l.Contains($"dataset {datasetId}", StringComparison.Ordinal));

        // Quarantined, asked by file name only: why it failed and where it is now.
        (code, lines) = await OodsProcess.RunAsync(dir.Path, "explain", "broken.fits", "--config", "oods.yaml");
        text = string.Join('\n', lines);
        Assert.Equal(1, code);
        Assert.Contains("FAILED", text, StringComparison.Ordinal);
        Assert.Contains("status 2 (metadata failure", text, StringComparison.Ordinal);
        Assert.Contains($"reason       {badEntry.Description}", text, StringComparison.Ordinal);
        Assert.Contains($"now at       {dir.Combine("a", "bad", "night1", "broken.fits")} (reason file ", text, StringComparison.Ordinal);

        // Never seen, in a landing directory: said so, and what was seen there near that time.
        var unknown = dir.Combine("a", "landing", "night1", "never.fits");
        (code, lines) = await OodsProcess.RunAsync(dir.Path, "explain", unknown, "--config", "oods.yaml", "--around", DateTimeOffset.UtcNow.ToString("O"));
        text = string.Join('\n', lines);
        Assert.Equal(1, code);
        Assert.Contains($"OODS never saw {unknown}", text, StringComparison.Ordinal);
        Assert.Contains($"in {dir.Combine("a", "landing", "night1")} within 1 h of", text, StringComparison.Ordinal);
        Assert.Equal(3, lines.Count(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(dir.Combine("a", "landing", "night1") + "/", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("failed (2)", StringComparison.Ordinal) && l.EndsWith(bad, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ingested", StringComparison.Ordinal) && l.EndsWith(good, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_FileInLandingWithNameOutsideThePattern_SaysOodsLeavesItAlone()
    {
        using var dir = new Oods.TestUtilities.TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config("m", []));
        var stray = dir.Combine("m", "landing", "notes.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        File.WriteAllText(stray, "not a raw");

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "explain", stray, "--config", "oods.yaml");

        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.StartsWith($"OODS never saw {stray}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("does not match the file-name pattern of stream LSSTComCam", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Nothing was seen in ", StringComparison.Ordinal));
    }
}
