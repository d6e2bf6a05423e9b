using Oods.Core.Journal;
using Oods.Sources.Tests.Support;
using Oods.Status;

namespace Oods.Sources.Tests;

/// <summary>What the FTP and SFTP sources write into the stream's outcome journal, and what <c>oods explain</c> then says.</summary>
public sealed class SourceJournalTests
{
    private static readonly byte[] Content = [.. Enumerable.Range(0, 1_000_000).Select(i => (byte)(i * 13))];

    [Fact]
    public async Task FetchFailingThreePollsInARow_IsJournaledOnce_AndExplainShowsItUntilTheFileIsIngested()
    {
        using var server = new SshServer();
        using var proxy = new CuttingProxy(server.Port, cutAfter: 300_000, cuts: RemoteSourceWorker.FetchAttemptsBeforeJournal);
        using var harness = new SourceHarness();
        await File.WriteAllBytesAsync(Path.Combine(server.Incoming, "b.fits"), Content);
        File.AppendAllText(server.KnownHosts, File.ReadAllText(server.KnownHosts).Replace($"]:{server.Port} ", $"]:{proxy.Port} ", StringComparison.Ordinal));
        var worker = harness.Worker(SftpSourceTests.Settings(harness, server, proxy.Port) with { SettleTime = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(5) });

        for (var poll = 1; poll <= RemoteSourceWorker.FetchAttemptsBeforeJournal; poll++)
        {
            Assert.Empty(JournalReader.ReadAll(harness.JournalRoot));
            Assert.Equal(0, await worker.PollOnceAsync(CancellationToken.None));
        }

        var failed = Assert.Single(JournalReader.ReadAll(harness.JournalRoot));
        Assert.Equal(1, await worker.PollOnceAsync(CancellationToken.None));
        await worker.CloseAsync();
        worker.Dispose();

        Assert.Equal(JournalEvents.FetchFailed, failed.Event);
        Assert.Null(failed.Status);
        Assert.Equal("test", failed.Stream);
        Assert.Equal($"sftp://127.0.0.1:{proxy.Port}/{server.Incoming.TrimStart('/')}/b.fits", failed.Source);
        Assert.Contains("failed 3 times in a row", failed.Description, StringComparison.Ordinal);
        Assert.Single(JournalReader.ReadAll(harness.JournalRoot));
        var explained = JournalExplainer.Explain("b.fits", harness.JournalRoot, []);
        Assert.Equal(failed.Source, Assert.Single(explained.Matches).Source);
        Assert.False(explained.AllIngested);
        var text = ExplanationText.Write(explained);
        Assert.Contains("FETCH FAILED", text, StringComparison.Ordinal);
        Assert.Contains(failed.Source + " (on the server)", text, StringComparison.Ordinal);

        // The stream worker then ingests the landed copy and journals its outcome into the same file.
        var landed = Path.Combine(harness.Landing, "b.fits");
        using (var pipeline = new OutcomeJournal(Path.Combine(harness.JournalRoot, "test")))
        {
            pipeline.Append([new JournalEntry { Time = harness.Time.GetUtcNow(), Stream = "test", Source = landed, Path = landed, ObsId = "b", Status = 0 }]);
        }

        explained = JournalExplainer.Explain("b.fits", harness.JournalRoot, []);
        Assert.Equal(2, explained.Matches.Count);
        Assert.True(explained.AllIngested);
    }

    [Fact]
    public async Task RemoteMoveFailing_IsJournaledOnce_NotAtEveryRetry()
    {
        using var server = new FtpServer();
        using var harness = new SourceHarness();
        await File.WriteAllBytesAsync(server.Root.Combine("incoming", "c.fits"), Content);
        await File.WriteAllTextAsync(server.Root.Combine("done"), "not a directory");
        var worker = harness.Worker(harness.Settings("ftp", server.Port) with { SettleTime = TimeSpan.Zero, MoveAfterFetch = true, MoveTo = "done" });

        Assert.Equal(1, await worker.PollOnceAsync(CancellationToken.None));
        Assert.Equal(0, await worker.PollOnceAsync(CancellationToken.None));
        await worker.CloseAsync();
        worker.Dispose();

        Assert.Equal(2, harness.Logger.Events.Count(e => e.Id == 9504));
        var entry = Assert.Single(JournalReader.ReadAll(harness.JournalRoot));
        Assert.Equal(JournalEvents.RemoteRemoveFailed, entry.Event);
        Assert.Equal($"ftp://127.0.0.1:{server.Port}/incoming/c.fits", entry.Source);
        Assert.Contains("moving it to done on the server failed", entry.Description, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(harness.Landing, "c.fits"), entry.Description, StringComparison.Ordinal);
        Assert.Contains("NOT REMOVED", ExplanationText.Write(JournalExplainer.Explain("c.fits", harness.JournalRoot, [])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileThatAlwaysFails_DoesNotHoldUpTheOthers_AndIsJournaledAfterThreePolls()
    {
        using var server = new FtpServer();
        using var harness = new SourceHarness();
        string[] good = ["g1.fits", "g2.fits", "g3.fits", "g4.fits", "g5.fits"];
        foreach (var name in good.Append("x.fits"))
        {
            await File.WriteAllBytesAsync(server.Root.Combine("incoming", name), Content.AsMemory(0, 10_000).ToArray());
        }

        // A directory where x.fits's partial file must go: its every fetch fails on the local side.
        Directory.CreateDirectory(Path.Combine(harness.Landing, ".x.fits.part"));
        var worker = harness.Worker(harness.Settings("ftp", server.Port) with { SettleTime = TimeSpan.Zero });

        await worker.PollOnceAsync(CancellationToken.None);
        await worker.PollOnceAsync(CancellationToken.None);

        Assert.Equal(good, harness.LandingFiles().Where(f => !f.StartsWith('.')));
        Assert.Empty(JournalReader.ReadAll(harness.JournalRoot));
        Assert.Equal(0, await worker.PollOnceAsync(CancellationToken.None));
        await worker.CloseAsync();
        worker.Dispose();
        var entry = Assert.Single(JournalReader.ReadAll(harness.JournalRoot));
        Assert.Equal((JournalEvents.FetchFailed, "x.fits"), (entry.Event, entry.ObsId));
        Assert.Contains(".x.fits.part", entry.Description, StringComparison.Ordinal);
        Assert.True(File.Exists(server.Root.Combine("incoming", "x.fits")));
    }
}
