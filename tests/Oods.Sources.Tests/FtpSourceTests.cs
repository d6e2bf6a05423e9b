using Oods.Sources.Tests.Support;

namespace Oods.Sources.Tests;

/// <summary>The FTP source against Debian's pyftpdlib on 127.0.0.1.</summary>
public sealed class FtpSourceTests
{
    private static readonly byte[] Content = [.. Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7))];

    [Fact]
    public async Task GrowingUpload_IsTakenOnlyOnceSettled()
    {
        using var server = new FtpServer();
        using var harness = new SourceHarness();
        await harness.GrowingUploadIsTakenOnlyOnceSettledAsync(harness.Settings("ftp", server.Port), server.Root.Combine("incoming", "a.fits"), Content, 1000);
    }

    [Fact]
    public async Task DroppedConnection_LeavesNoPartialFile_AndTheFileIsFetchedAgain()
    {
        using var server = new FtpServer(dropAfterBytes: 50_000);
        using var harness = new SourceHarness();
        var remote = server.Root.Combine("incoming", "b.fits");
        await File.WriteAllBytesAsync(remote, Content);
        var worker = harness.Worker(harness.Settings("ftp", server.Port) with { SettleTime = TimeSpan.Zero });

        Assert.Equal(0, await worker.PollOnceAsync(CancellationToken.None));

        Assert.Empty(harness.LandingFiles());
        Assert.True(File.Exists(remote));
        Assert.Contains(harness.Logger.Events, e => e.Id == 9501);

        Assert.Equal(1, await worker.PollOnceAsync(CancellationToken.None));
        await worker.CloseAsync();
        Assert.Equal(["b.fits"], harness.LandingFiles());
        Assert.Equal(Content, await File.ReadAllBytesAsync(Path.Combine(harness.Landing, "b.fits")));
        Assert.False(File.Exists(remote));
    }

    [Fact]
    public async Task Restart_AfterFetchBeforeRemoteRemoval_DoesNotFetchAgain()
    {
        using var server = new FtpServer();
        using var harness = new SourceHarness();
        var remote = server.Root.Combine("incoming", "c.fits");
        await File.WriteAllBytesAsync(remote, Content);
        // A plain file where the move target directory should be: the remote move fails, as if OODS died before it.
        await File.WriteAllTextAsync(server.Root.Combine("done"), "not a directory");
        var settings = harness.Settings("ftp", server.Port) with { SettleTime = TimeSpan.Zero, MoveAfterFetch = true, MoveTo = "done" };
        var first = harness.Worker(settings);
        Assert.Equal(1, await first.PollOnceAsync(CancellationToken.None));
        await first.CloseAsync();
        Assert.Contains(harness.Logger.Events, e => e.Id == 9504);
        Assert.True(File.Exists(remote));

        // The pipeline claims the file; the operator fixes the move target; OODS restarts.
        File.Delete(Path.Combine(harness.Landing, "c.fits"));
        File.Delete(server.Root.Combine("done"));
        var second = harness.Worker(settings);
        Assert.Equal(0, await second.PollOnceAsync(CancellationToken.None));
        await second.CloseAsync();

        Assert.Empty(harness.LandingFiles());
        Assert.False(File.Exists(remote));
        Assert.Equal(Content, await File.ReadAllBytesAsync(server.Root.Combine("done", "c.fits")));
        Assert.Contains(harness.Logger.Events, e => e.Id == 9508);
    }

    [Fact]
    public async Task Recursive_KeepsSubPaths_AndSkipsOtherNames()
    {
        using var server = new FtpServer();
        using var harness = new SourceHarness();
        Directory.CreateDirectory(server.Root.Combine("incoming", "20261128"));
        await File.WriteAllBytesAsync(server.Root.Combine("incoming", "20261128", "d.fits"), Content);
        await File.WriteAllBytesAsync(server.Root.Combine("incoming", "notes.txt"), Content);
        await File.WriteAllBytesAsync(server.Root.Combine("incoming", ".e.fits.part"), Content);
        var worker = harness.Worker(harness.Settings("ftp", server.Port) with { SettleTime = TimeSpan.Zero, Recursive = true });

        Assert.Equal(1, await worker.PollOnceAsync(CancellationToken.None));
        await worker.CloseAsync();

        Assert.Equal([Path.Combine("20261128", "d.fits")], harness.LandingFiles());
        Assert.True(File.Exists(server.Root.Combine("incoming", "notes.txt")));
    }

    [Fact]
    public async Task WrongPassword_FailsThePoll_AndFetchesNothing()
    {
        using var server = new FtpServer();
        using var harness = new SourceHarness();
        await File.WriteAllBytesAsync(server.Root.Combine("incoming", "f.fits"), Content);
        var worker = harness.Worker(harness.Settings("ftp", server.Port) with { SettleTime = TimeSpan.Zero, PasswordEnv = "OODS_TEST_WRONG_PASSWORD" });
        Environment.SetEnvironmentVariable("OODS_TEST_WRONG_PASSWORD", "wrong");

        var e = await Assert.ThrowsAsync<Ftp.FtpException>(() => worker.PollOnceAsync(CancellationToken.None));

        Assert.Equal(530, e.Code);
        Assert.Empty(harness.LandingFiles());
    }
}
