using Oods.TestUtilities;

namespace Oods.Sources.Tests.Support;

/// <summary>Debian's pyftpdlib serving a temporary directory on 127.0.0.1 to user <c>oods</c> / <c>secret</c>, optionally over explicit TLS only.</summary>
internal sealed class FtpServer : IDisposable
{
    private readonly ServerProcess _process;

    /// <summary>Starts the server.</summary>
    /// <param name="dropAfterBytes">When not negative, the first file download is cut after this many bytes.</param>
    /// <param name="tls">When given, the server presents this certificate and requires TLS on control and data connections (python3-openssl).</param>
    public FtpServer(int dropAfterBytes = -1, TestCertificates? tls = null)
    {
        Directory.CreateDirectory(Root.Combine("incoming"));
        var port = ServerProcess.FreePort();
        var script = Path.Combine(AppContext.BaseDirectory, "Support", "ftpserver.py");
        string[] options = tls is null ? [] : ["--tls", tls.CertFile, tls.KeyFile];
        string[] arguments = [script, .. options, Root.Path, port.ToString(System.Globalization.CultureInfo.InvariantCulture), "oods", "secret", dropAfterBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        _process = ServerProcess.Start("/usr/bin/python3", arguments, port);
    }

    /// <summary>The served directory (the FTP root).</summary>
    public TempDirectory Root { get; } = new();

    /// <summary>The port.</summary>
    public int Port => _process.Port;

    /// <inheritdoc/>
    public void Dispose()
    {
        _process.Dispose();
        Root.Dispose();
    }
}
