using Oods.Sources.Tests.Support;

namespace Oods.Sources.Tests;

/// <summary>The SFTP source (SSH.NET) against Debian's OpenSSH server on 127.0.0.1.</summary>
public sealed class SftpSourceTests
{
    private static readonly byte[] Content = [.. Enumerable.Range(0, 1_000_000).Select(i => (byte)(i * 13))];

    [Fact]
    public async Task GrowingUpload_IsTakenOnlyOnceSettled_ThenDeletedRemotely()
    {
        using var server = new SshServer();
        using var harness = new SourceHarness();
        await harness.GrowingUploadIsTakenOnlyOnceSettledAsync(Settings(harness, server, server.Port), Path.Combine(server.Incoming, "a.fits"), Content, 4096);
    }

    [Fact]
    public async Task DroppedConnection_LeavesNoPartialFile_AndTheFileIsFetchedAgain()
    {
        using var server = new SshServer();
        using var proxy = new CuttingProxy(server.Port, cutAfter: 300_000);
        using var harness = new SourceHarness();
        var remote = Path.Combine(server.Incoming, "b.fits");
        await File.WriteAllBytesAsync(remote, Content);
        File.AppendAllText(server.KnownHosts, File.ReadAllText(server.KnownHosts).Replace($"]:{server.Port} ", $"]:{proxy.Port} ", StringComparison.Ordinal));
        var worker = harness.Worker(Settings(harness, server, proxy.Port) with { SettleTime = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(5) });

        Assert.Equal(0, await worker.PollOnceAsync(CancellationToken.None));

        Assert.True(proxy.Cut);
        Assert.Empty(harness.LandingFiles());
        Assert.True(File.Exists(remote));
        Assert.Contains(harness.Logger.Events, e => e.Id == 9501);
        Assert.Equal(1, await worker.PollOnceAsync(CancellationToken.None));
        await worker.CloseAsync();
        Assert.Equal(Content, await File.ReadAllBytesAsync(Path.Combine(harness.Landing, "b.fits")));
        Assert.False(File.Exists(remote));
    }

    [Fact]
    public async Task UnknownHostKey_IsRefused_AndNothingIsFetched()
    {
        using var server = new SshServer();
        using var harness = new SourceHarness();
        await File.WriteAllBytesAsync(Path.Combine(server.Incoming, "c.fits"), Content);
        File.WriteAllText(server.KnownHosts, "");
        var worker = harness.Worker(Settings(harness, server, server.Port) with { SettleTime = TimeSpan.Zero });

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => worker.PollOnceAsync(CancellationToken.None));

        Assert.Contains("not in", e.Message, StringComparison.Ordinal);
        Assert.Empty(harness.LandingFiles());
        Assert.True(File.Exists(Path.Combine(server.Incoming, "c.fits")));
    }

    [Fact]
    public async Task ConfiguredFingerprint_IsAccepted_AndFileMovedAside()
    {
        using var server = new SshServer();
        using var harness = new SourceHarness();
        await File.WriteAllBytesAsync(Path.Combine(server.Incoming, "d.fits"), Content);
        var fingerprint = Fingerprint(server.Files.Combine("host_key.pub"));
        var done = server.Files.Combine("served", "done");
        var settings = Settings(harness, server, server.Port) with
        {
            SettleTime = TimeSpan.Zero,
            KnownHosts = "/nonexistent",
            HostKeyFingerprint = fingerprint,
            MoveAfterFetch = true,
            MoveTo = done,
        };
        var worker = harness.Worker(settings);

        Assert.Equal(1, await worker.PollOnceAsync(CancellationToken.None));
        await worker.CloseAsync();

        Assert.Equal(Content, await File.ReadAllBytesAsync(Path.Combine(done, "d.fits")));
        Assert.Equal(["d.fits"], harness.LandingFiles());
    }

    internal static SourceSettings Settings(SourceHarness harness, SshServer server, int port) => harness.Settings("sftp", port) with
    {
        RemoteDirectory = server.Incoming,
        UsernameEnv = "OODS_TEST_SFTP_USER",
        PasswordEnv = "",
        PrivateKeyFile = server.ClientKey,
        KnownHosts = server.KnownHosts,
    };

    private static string Fingerprint(string publicKey)
    {
        Environment.SetEnvironmentVariable("OODS_TEST_SFTP_USER", Environment.UserName);
        var blob = Convert.FromBase64String(File.ReadAllText(publicKey).Split(' ')[1]);
        return "SHA256:" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(blob)).TrimEnd('=');
    }
}
