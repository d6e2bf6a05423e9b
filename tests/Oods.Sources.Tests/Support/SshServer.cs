using System.Diagnostics;
using System.Globalization;
using Oods.TestUtilities;

namespace Oods.Sources.Tests.Support;

/// <summary>Debian's OpenSSH server on 127.0.0.1 with its own host key, accepting one client key for the current user (SFTP via internal-sftp).</summary>
internal sealed class SshServer : IDisposable
{
    private readonly ServerProcess _process;

    /// <summary>Generates the keys and starts <c>sshd -D</c>.</summary>
    public SshServer()
    {
        Directory.CreateDirectory(Files.Combine("served", "incoming"));
        KeyGen(Files.Combine("host_key"));
        KeyGen(ClientKey);
        File.Copy(ClientKey + ".pub", Files.Combine("authorized_keys"));
        Directory.CreateDirectory("/run/sshd");
        var port = ServerProcess.FreePort();
        var config = Files.Combine("sshd_config");
        File.WriteAllLines(config,
        [
            $"Port {port.ToString(CultureInfo.InvariantCulture)}",
            "ListenAddress 127.0.0.1",
            $"HostKey {Files.Combine("host_key")}",
            $"AuthorizedKeysFile {Files.Combine("authorized_keys")}",
            $"PidFile {Files.Combine("sshd.pid")}",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PermitRootLogin prohibit-password",
            "StrictModes no",
            "UsePAM no",
            "Subsystem sftp internal-sftp",
        ]);
        _process = ServerProcess.Start("/usr/sbin/sshd", ["-D", "-e", "-f", config], port);
        var hostKey = File.ReadAllText(Files.Combine("host_key.pub")).Split(' ');
        File.WriteAllText(KnownHosts, $"[127.0.0.1]:{port.ToString(CultureInfo.InvariantCulture)} {hostKey[0]} {hostKey[1]}\n");
    }

    /// <summary>Keys, configuration and the served tree (<c>served/incoming</c>).</summary>
    public TempDirectory Files { get; } = new();

    /// <summary>The served remote directory <c>incoming</c>, as an absolute path.</summary>
    public string Incoming => Files.Combine("served", "incoming");

    /// <summary>The client's private key (mode 0600).</summary>
    public string ClientKey => Files.Combine("client_key");

    /// <summary>A known_hosts file listing the server's host key.</summary>
    public string KnownHosts => Files.Combine("known_hosts");

    /// <summary>The port.</summary>
    public int Port => _process.Port;

    /// <inheritdoc/>
    public void Dispose()
    {
        _process.Dispose();
        Files.Dispose();
    }

    private static void KeyGen(string path)
    {
        var info = new ProcessStartInfo("/usr/bin/ssh-keygen") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-q", "-t", "ed25519", "-N", "", "-f", path })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
