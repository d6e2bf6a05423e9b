using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Oods.Sources.Ftp;
using Oods.Sources.Tests.Support;

namespace Oods.Sources.Tests;

/// <summary>The FTP source over explicit TLS (RFC 4217) against Debian's pyftpdlib with python3-openssl on 127.0.0.1, with a CA made at test time.</summary>
public sealed class FtpTlsSourceTests
{
    private static readonly byte[] Content = [.. Enumerable.Range(0, 300_000).Select(i => (byte)(i * 11))];

    [Fact]
    public async Task CaFileTrusted_GrowingUpload_IsFetchedOverTls_OnlyOnceSettled()
    {
        // The server refuses USER before AUTH TLS and any listing or download before PROT P: this passes only with both channels protected.
        using var certificates = new TestCertificates("localhost", IPAddress.Loopback);
        using var server = new FtpServer(tls: certificates);
        using var harness = new SourceHarness();
        var settings = harness.Settings("ftp", server.Port) with { Tls = true, TlsCaFile = certificates.CaFile };

        await harness.GrowingUploadIsTakenOnlyOnceSettledAsync(settings, server.Root.Combine("incoming", "a.fits"), Content, 1000);

        Assert.Contains(harness.Logger.Events, e => e.Id == 9500);
    }

    [Fact]
    public async Task NoCaFile_UntrustedCertificate_IsRefusedWithACertificateError_AndNothingIsFetched()
    {
        using var certificates = new TestCertificates("localhost", IPAddress.Loopback);
        using var server = new FtpServer(tls: certificates);
        using var harness = new SourceHarness();
        var remote = server.Root.Combine("incoming", "b.fits");
        await File.WriteAllBytesAsync(remote, Content);
        using var worker = harness.Worker(harness.Settings("ftp", server.Port) with { SettleTime = TimeSpan.Zero, Tls = true });

        await worker.StartAsync(CancellationToken.None);
        var failed = await WaitForEventAsync(harness.Logger, 9502);
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Contains("the certificate of 127.0.0.1 (CN=localhost", failed.Message, StringComparison.Ordinal);
        Assert.Contains("is not trusted", failed.Message, StringComparison.Ordinal);
        Assert.Contains("tls_ca_file", failed.Message, StringComparison.Ordinal);
        var source = harness.Monitor.Streams["test"].Source!;
        Assert.NotNull(source.FailingSince);
        Assert.Contains("is not trusted", source.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Logger.Events, e => e.Id is 9500 or 9506);
        Assert.Empty(harness.LandingFiles());
        Assert.True(File.Exists(remote));
    }

    [Fact]
    public async Task CaFileTrusted_CertificateForAnotherHost_IsRefused_TheHostNameIsChecked()
    {
        using var certificates = new TestCertificates("ftp.example");
        using var server = new FtpServer(tls: certificates);
        using var harness = new SourceHarness();
        await File.WriteAllBytesAsync(server.Root.Combine("incoming", "c.fits"), Content);
        var worker = harness.Worker(harness.Settings("ftp", server.Port) with { SettleTime = TimeSpan.Zero, Tls = true, TlsCaFile = certificates.CaFile });

        var e = await Assert.ThrowsAsync<FtpException>(() => worker.PollOnceAsync(CancellationToken.None));

        Assert.Contains("is not issued for '127.0.0.1'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("does not chain", e.Message, StringComparison.Ordinal);
        Assert.Empty(harness.LandingFiles());
    }

    [Fact]
    public async Task OtherCaTrusted_ServerCertificate_IsRefused()
    {
        using var certificates = new TestCertificates("localhost", IPAddress.Loopback);
        using var other = new TestCertificates("localhost", IPAddress.Loopback);
        using var server = new FtpServer(tls: certificates);
        using var harness = new SourceHarness();
        var worker = harness.Worker(harness.Settings("ftp", server.Port) with { SettleTime = TimeSpan.Zero, Tls = true, TlsCaFile = other.CaFile });

        var e = await Assert.ThrowsAsync<FtpException>(() => worker.PollOnceAsync(CancellationToken.None));

        Assert.Contains($"does not chain to a certificate in tls_ca_file {other.CaFile}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TlsOn_ServerWithoutAuthTls_FailsWithAClearError()
    {
        using var server = new FtpServer();
        using var harness = new SourceHarness();
        await File.WriteAllBytesAsync(server.Root.Combine("incoming", "d.fits"), Content);
        var worker = harness.Worker(harness.Settings("ftp", server.Port) with { SettleTime = TimeSpan.Zero, Tls = true });

        var e = await Assert.ThrowsAsync<FtpException>(() => worker.PollOnceAsync(CancellationToken.None));

        Assert.Contains("does not offer explicit TLS", e.Message, StringComparison.Ordinal);
        Assert.InRange(e.Code, 500, 504);
        Assert.Empty(harness.LandingFiles());
    }

    [Fact]
    public async Task TlsHandshake_ServerSilentAfterAuthTls_TimesOut_DoesNotHang()
    {
        // A hand-written fake: pyftpdlib cannot be made to accept AUTH TLS and then never answer the handshake.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var silent = SilentAfterAuthTlsAsync(listener);
        using var harness = new SourceHarness();
        var settings = harness.Settings("ftp", ((IPEndPoint)listener.LocalEndpoint).Port) with { Tls = true, Timeout = TimeSpan.FromSeconds(1) };
        var worker = harness.Worker(settings);

        var e = await Assert.ThrowsAsync<FtpException>(() => worker.PollOnceAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Contains("TLS handshake with 127.0.0.1 on the control connection: no answer within 1 s", e.Message, StringComparison.Ordinal);
        listener.Stop();
        await silent;
    }

    private static async Task SilentAfterAuthTlsAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        await stream.WriteAsync("220 silent test server\r\n"u8.ToArray());
        using var reader = new StreamReader(stream, Encoding.ASCII);
        if (await reader.ReadLineAsync() == "AUTH TLS")
        {
            await stream.WriteAsync("234 go ahead\r\n"u8.ToArray());
        }

        // Say nothing more: wait until the client gives up and closes.
        var buffer = new byte[1024];
        while (await stream.ReadAsync(buffer) > 0)
        {
        }
    }

    private static async Task<(int Id, LogLevel Level, string Message)> WaitForEventAsync(CapturingLogger<RemoteSourceWorker> logger, int id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var e in logger.Events.Where(e => e.Id == id))
            {
                return e;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no event {id} within 30 s; events: {string.Join(" / ", logger.Events.Select(e => e.Id))}");
    }
}
