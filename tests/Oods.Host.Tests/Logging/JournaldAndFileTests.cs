using System.Text.RegularExpressions;
using Oods.Host.Tests.Support;
using Oods.TestUtilities;

namespace Oods.Host.Tests.Logging;

/// <summary>The shipped NLog.config on the real process: journald priorities on every line, plain lines and the rolling file otherwise.</summary>
public sealed partial class JournaldAndFileTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Run_UnderJournald_PrefixesEveryConsoleLineWithItsPriority()
    {
        using var dir = Faulting();

        var (code, lines) = await RunAsync(dir, new() { ["JOURNAL_STREAM"] = "8:123456" });

        Assert.Equal(3, code);
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Matches(Prefixed(), l));
        Assert.StartsWith("<6>", Assert.Single(lines, l => l.Contains(" 1000 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith("<2>", Assert.Single(lines, l => l.Contains(" 1002 ", StringComparison.Ordinal)), StringComparison.Ordinal);

        // The stack trace is part of the critical event, so every one of its lines is critical too.
        var start = lines.FindIndex(l => l.Contains(" 1002 ", StringComparison.Ordinal));
        var trace = lines.Skip(start + 1).TakeWhile(l => !Stamped().IsMatch(l)).ToList();
        Assert.Contains(trace, l => l.Contains("   at ", StringComparison.Ordinal));
        Assert.All(trace, l => Assert.StartsWith("<2>", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_WithoutJournald_WritesPlainLinesTheRollingFileAndNoJsonFile()
    {
        using var dir = Faulting();

        var (code, lines) = await RunAsync(dir, new() { ["JOURNAL_STREAM"] = "" });

        Assert.Equal(3, code);
        Assert.DoesNotContain(lines, l => Prefixed().IsMatch(l));
        Assert.Contains(lines, l => l.Contains(" FATAL 1002 ", StringComparison.Ordinal));
        var file = File.ReadAllLines(dir.Combine("log", "oods.log"));
        Assert.Contains(file, l => l.Contains(" 1000 ", StringComparison.Ordinal));
        Assert.Contains(file, l => l.Contains(" 1002 ", StringComparison.Ordinal));
        Assert.Equal(["oods.log"], Directory.GetFiles(dir.Combine("log")).Select(Path.GetFileName));
    }

    /// <summary>A configuration whose stream faults at once (its registry is not SQLite): a short run with every level.</summary>
    private static TempDirectory Faulting()
    {
        var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("repo"));
        File.WriteAllText(dir.Combine("repo", "butler.yaml"), "registry:\n  db: sqlite:///<butlerRoot>/gen3.sqlite3\n");
        File.WriteAllText(dir.Combine("repo", "gen3.sqlite3"), new string('x', 4096));
        File.WriteAllText(dir.Combine("oods.yaml"), """
            status:
              enabled: false
            file_ingester:
              image_staging_directory: landing
              staging_directory: staging
              bad_file_directory: bad
              butler:
                instrument: LATISS
                repo_directory: repo
            """);
        return dir;
    }

    private static async Task<(int Code, List<string> Lines)> RunAsync(TempDirectory dir, Dictionary<string, string> environment)
    {
        environment.TryAdd("JOURNAL_STREAM", "");
        environment.TryAdd("CTRL_OODS_LOG_JSON", "");
        await using var oods = OodsProcess.Start(dir.Path, environment, "run", "--config", "oods.yaml");
        var code = await oods.WaitForExitAsync(Patience);
        return (code, oods.Lines.ToList());
    }

    [GeneratedRegex(@"^<[0-7]>\d{4}-\d\d-\d\d ")]
    private static partial Regex Stamped();

    [GeneratedRegex("^<[0-7]>")]
    private static partial Regex Prefixed();
}
