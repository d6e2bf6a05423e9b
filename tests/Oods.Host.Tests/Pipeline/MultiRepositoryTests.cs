using Microsoft.Data.Sqlite;
using Oods.Host.Tests.Support;
using Oods.TestUtilities;
using Oods.TestUtilities.Fits;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Pipeline;

/// <summary>A stream ingesting into a Gen3 and a Gen2 repository at once, on the real process.</summary>
public sealed class MultiRepositoryTests
{
    [Fact]
    public async Task Run_Gen3AndGen2_EachGetsEveryFile_AndOneRepositoryFailingFailsTheFileWithEveryReason()
    {
        using var dir = new TempDirectory();
        var created = await OodsProcess.RunAsync(dir.Path, "repo", "create", dir.Combine("m", "gen2"), "--gen2", "--instrument", "LSSTComCam");
        Assert.True(created.ExitCode == 0, string.Join('\n', created.Lines));

        // Another file already holds raw 1's data ID in the Gen2 repository only: Gen2 must refuse raw 1, Gen3 take it.
        var other = dir.Combine("elsewhere", SyntheticRaws.ComCamName(1));
        Directory.CreateDirectory(dir.Combine("elsewhere"));
        var otherBytes = SyntheticRaws.ComCam(1);
        otherBytes[^1] = (byte)'x'; // Same header, another file.
        File.WriteAllBytes(other, otherBytes);
        var preIngest = await OodsProcess.RunAsync(dir.Path, "ingest", "--repo", dir.Combine("m", "gen2"), "--transfer", "copy", other);
        Assert.True(preIngest.ExitCode == 0, string.Join('\n', preIngest.Lines));

        File.WriteAllText(dir.Combine("oods.yaml"), Config("m", [], "repositories:", $"  - {{instrument: lsst.obs.lsst.LsstComCam, repo_directory: {dir.Combine("m", "gen2")}, transfer: move}}"));
        await using var oods = OodsProcess.Start(dir.Path, "run", "--config", "oods.yaml");
        await oods.WaitForLinesAsync(l => l.Contains(" 3000 ", StringComparison.Ordinal), 1, Patience);
        var good = Drop(dir.Combine("m", "landing"), 0);
        var conflicting = Drop(dir.Combine("m", "landing"), 1);
        await WaitUntilAsync(() => Journal(dir.Path, "LSSTComCam").Count >= 2, "two outcomes", () => string.Join('\n', oods.Lines.TakeLast(20)));

        var journal = Journal(dir.Path, "LSSTComCam");
        var ok = Assert.Single(journal, e => e.Source == good);
        Assert.Equal(0, ok.Status);
        Assert.Equal(2, ok.Datasets.Count);
        var failed = Assert.Single(journal, e => e.Source == conflicting);
        Assert.Equal(1, failed.Status);
        Assert.Contains("gen3:", failed.Description, StringComparison.Ordinal);
        Assert.Contains("ingested as", failed.Description, StringComparison.Ordinal);
        Assert.True(failed.Description.Contains("gen2", StringComparison.Ordinal), failed.Description);

        // Gen3 (direct) refers to both staged files, so they stay; Gen2 got the good one at its template path; the failure has a quarantined copy with its reason.
        Assert.Equal(2, RawCount(dir.Combine("m", "repo")));
        Assert.True(File.Exists(dir.Combine("m", "staging", SyntheticRaws.ComCamName(0))));
        Assert.True(File.Exists(dir.Combine("m", "staging", SyntheticRaws.ComCamName(1))));
        Assert.True(File.Exists(dir.Combine("m", "bad", SyntheticRaws.ComCamName(1))));
        Assert.Contains("still_in_staging", File.ReadAllText(dir.Combine("m", "bad", SyntheticRaws.ComCamName(1) + ".reason.json")), StringComparison.Ordinal);
        Assert.Equal(2, Gen2Rows(dir.Combine("m", "gen2")));
        Assert.Equal(2, Directory.GetFiles(dir.Combine("m", "gen2"), "*.fits", SearchOption.AllDirectories).Length);
    }

    private static long Gen2Rows(string repo)
    {
        using var registry = new SqliteConnection($"Data Source={Path.Combine(repo, "registry.sqlite3")};Mode=ReadOnly;Pooling=False");
        registry.Open();
        using var command = registry.CreateCommand();
        command.CommandText = "select count(*) from raw";
        return (long)command.ExecuteScalar()!;
    }
}
