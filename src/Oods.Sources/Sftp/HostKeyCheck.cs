using Renci.SshNet.Common;

namespace Oods.Sources.Sftp;

/// <summary>Decides whether a server's host key is trusted: a configured SHA256 fingerprint, else an entry of the known_hosts file.</summary>
internal sealed class HostKeyCheck(SourceSettings settings)
{
    /// <summary>Checks the key the server presented.</summary>
    public bool Trusts(HostKeyEventArgs key, out string? refusal)
    {
        refusal = null;
        if (settings.InsecureSkipHostKeyCheck)
        {
            return true;
        }

        var fingerprint = "SHA256:" + key.FingerPrintSHA256;
        if (settings.HostKeyFingerprint.Length > 0)
        {
            if (string.Equals(settings.HostKeyFingerprint.Trim(), fingerprint, StringComparison.Ordinal))
            {
                return true;
            }

            refusal = $"source: the SFTP server {settings.Host}:{settings.Port} presented host key {key.HostKeyName} {fingerprint}, not the configured host_key_fingerprint";
            return false;
        }

        if (KnownHosts.Contains(settings.KnownHosts, settings.Host, settings.Port, key.HostKey))
        {
            return true;
        }

        refusal = $"source: the SFTP server {settings.Host}:{settings.Port} presented host key {key.HostKeyName} {fingerprint}, which is not in {settings.KnownHosts}";
        return false;
    }
}
