namespace Oods.Core.Configuration;

/// <summary>The <c>source</c> block of a stream: a remote FTP or SFTP landing area that OODS pulls files from into the stream's landing directory.</summary>
public sealed class SourceOptions
{
    /// <summary>Protocol: <c>ftp</c> or <c>sftp</c>; required.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Host name or address of the server; required.</summary>
    public string Host { get; set; } = "";

    /// <summary>TCP port; default 0 = the protocol's (21 for FTP, 22 for SFTP).</summary>
    public int Port { get; set; }

    /// <summary>Remote directory polled for files; default "." (the login directory).</summary>
    public string RemoteDirectory { get; set; } = ".";

    /// <summary>Whether sub-directories are polled too (their files land under the same sub-path); default false.</summary>
    public bool Recursive { get; set; }

    /// <summary>What is done with a remote file once it is safely in landing: <c>delete</c> or <c>move</c>; default delete.</summary>
    public string AfterFetch { get; set; } = "delete";

    /// <summary>Remote directory files are moved into with <c>after_fetch: move</c> (outside <c>remote_directory</c> when recursive); default none.</summary>
    public string MoveTo { get; set; } = "";

    /// <summary>A remote file is fetched only once its size and time have been unchanged this long; default 10 s.</summary>
    public TimeInterval SettleTime { get; set; } = TimeInterval.FromSeconds(10);

    /// <summary>Time between polls of the remote directory; default 10 s.</summary>
    public TimeInterval PollInterval { get; set; } = TimeInterval.FromSeconds(10);

    /// <summary>Time allowed for connecting and for each reply or block of data; default 30 s.</summary>
    public TimeInterval Timeout { get; set; } = TimeInterval.FromSeconds(30);

    /// <summary>Environment variable holding the user name; default none (then <c>credentials_file</c> or anonymous FTP).</summary>
    public string UsernameEnv { get; set; } = "";

    /// <summary>Environment variable holding the password; default none.</summary>
    public string PasswordEnv { get; set; } = "";

    /// <summary>File with <c>username=</c> and <c>password=</c> lines, readable only by the service's user (mode 0600 or 0400); default none.</summary>
    public string CredentialsFile { get; set; } = "";

    /// <summary>SFTP: private key file (OpenSSH or PEM format, readable only by the service's user); default none (password).</summary>
    public string PrivateKeyFile { get; set; } = "";

    /// <summary>FTP: explicit TLS (<c>AUTH TLS</c>, protected data connections); default false.</summary>
    public bool Tls { get; set; }

    /// <summary>FTP with <c>tls: true</c>: PEM file of the CA certificate(s) (or the server's self-signed certificate) the server's certificate must chain to, instead of the system's trust store; the host name is checked either way; default none (system trust store).</summary>
    public string TlsCaFile { get; set; } = "";

    /// <summary>SFTP: OpenSSH known_hosts file the server's host key must be listed in; default ~/.ssh/known_hosts.</summary>
    public string KnownHosts { get; set; } = "";

    /// <summary>SFTP: the server's host key fingerprint (<c>SHA256:...</c> as ssh-keygen -l prints it), checked instead of known_hosts; default none.</summary>
    public string HostKeyFingerprint { get; set; } = "";

    /// <summary>SFTP: accept any host key (test stands only; logged as a warning); default false.</summary>
    public bool InsecureSkipHostKeyCheck { get; set; }
}
