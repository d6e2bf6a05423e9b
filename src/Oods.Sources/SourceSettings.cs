using System.Text.RegularExpressions;
using Oods.Core.Configuration;
using Oods.Core.Pipeline;

namespace Oods.Sources;

/// <summary>A stream's remote source, resolved: absolute local paths, defaults filled in.</summary>
internal sealed record SourceSettings
{
    /// <summary>The stream's name.</summary>
    public required string Stream { get; init; }

    /// <summary><c>ftp</c> or <c>sftp</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Server host.</summary>
    public required string Host { get; init; }

    /// <summary>Server port.</summary>
    public required int Port { get; init; }

    /// <summary>Remote directory polled.</summary>
    public string RemoteDirectory { get; init; } = ".";

    /// <summary>Whether sub-directories are polled.</summary>
    public bool Recursive { get; init; }

    /// <summary>Whether fetched files are moved (true) or deleted (false) remotely.</summary>
    public bool MoveAfterFetch { get; init; }

    /// <summary>Remote directory fetched files are moved into.</summary>
    public string MoveTo { get; init; } = "";

    /// <summary>How long a remote file must be unchanged.</summary>
    public TimeSpan SettleTime { get; init; }

    /// <summary>Time between polls.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Network timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Variable with the user name.</summary>
    public string UsernameEnv { get; init; } = "";

    /// <summary>Variable with the password.</summary>
    public string PasswordEnv { get; init; } = "";

    /// <summary>Absolute credentials file, or "".</summary>
    public string CredentialsFile { get; init; } = "";

    /// <summary>Absolute private key file, or "".</summary>
    public string PrivateKeyFile { get; init; } = "";

    /// <summary>FTP explicit TLS.</summary>
    public bool Tls { get; init; }

    /// <summary>Absolute PEM file of the certificates trusted instead of the system's store for FTP TLS, or "".</summary>
    public string TlsCaFile { get; init; } = "";

    /// <summary>Absolute known_hosts file.</summary>
    public string KnownHosts { get; init; } = "";

    /// <summary>Expected host key fingerprint, or "".</summary>
    public string HostKeyFingerprint { get; init; } = "";

    /// <summary>Accept any host key.</summary>
    public bool InsecureSkipHostKeyCheck { get; init; }

    /// <summary>The local directory files are placed into (the stream's first landing directory).</summary>
    public required string LandingDirectory { get; init; }

    /// <summary>The file recording fetched files not yet removed remotely.</summary>
    public required string StatePath { get; init; }

    /// <summary>The stream's file-name filter.</summary>
    public required Regex FileNameFilter { get; init; }

    /// <summary>Resolves a <c>source</c> block for a stream.</summary>
    public static SourceSettings Resolve(SourceOptions source, StreamSettings stream, string stateDirectory, string baseDirectory)
    {
        var sftp = string.Equals(source.Kind, "sftp", StringComparison.OrdinalIgnoreCase);
        string Full(string p) => p.Length == 0 ? "" : Path.GetFullPath(p, baseDirectory);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new SourceSettings
        {
            Stream = stream.Name,
            Kind = sftp ? "sftp" : "ftp",
            Host = source.Host,
            Port = source.Port != 0 ? source.Port : sftp ? 22 : 21,
            RemoteDirectory = source.RemoteDirectory.Length == 0 ? "." : source.RemoteDirectory,
            Recursive = source.Recursive,
            MoveAfterFetch = string.Equals(source.AfterFetch, "move", StringComparison.OrdinalIgnoreCase),
            MoveTo = source.MoveTo,
            SettleTime = source.SettleTime.ToTimeSpan(),
            PollInterval = source.PollInterval.ToTimeSpan(),
            Timeout = source.Timeout.ToTimeSpan(),
            UsernameEnv = source.UsernameEnv,
            PasswordEnv = source.PasswordEnv,
            CredentialsFile = Full(source.CredentialsFile),
            PrivateKeyFile = Full(source.PrivateKeyFile),
            Tls = source.Tls,
            TlsCaFile = Full(source.TlsCaFile),
            KnownHosts = source.KnownHosts.Length > 0 ? Full(source.KnownHosts) : Path.Combine(home, ".ssh", "known_hosts"),
            HostKeyFingerprint = source.HostKeyFingerprint,
            InsecureSkipHostKeyCheck = source.InsecureSkipHostKeyCheck,
            LandingDirectory = stream.LandingDirectory,
            StatePath = Path.Combine(stateDirectory, "sources", stream.Name + ".json"),
            FileNameFilter = stream.FileNameFilter,
        };
    }
}
