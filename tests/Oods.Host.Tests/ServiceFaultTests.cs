using Oods.Host.Tests.Support;
using Oods.TestUtilities;

namespace Oods.Host.Tests;

/// <summary>A loop that dies must take the process down with a non-zero code, so that systemd restarts it.</summary>
public sealed class ServiceFaultTests
{
    [Fact]
    public async Task Run_StreamLoopFaults_ExitsWithServiceFaultCode()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("repo"));
        File.WriteAllText(dir.Combine("repo", "butler.yaml"), "registry:\n  db: sqlite:///<butlerRoot>/gen3.sqlite3\n");
        File.WriteAllText(dir.Combine("repo", "gen3.sqlite3"), new string('x', 4096));
        File.WriteAllText(dir.Combine("oods.yaml"), """
            file_ingester:
              image_staging_directory: landing
              staging_directory: staging
              bad_file_directory: bad
              butler:
                instrument: LATISS
                repo_directory: repo
            """);

        var (code, lines) = await OodsProcess.RunAsync(dir.Path, "run", "--config", "oods.yaml");

        Assert.Equal(3, code);
        Assert.Contains(lines, l => l.Contains(" 1002 ", StringComparison.Ordinal) && l.Contains("StreamWorker", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("gen3.sqlite3", StringComparison.Ordinal));
    }
}
