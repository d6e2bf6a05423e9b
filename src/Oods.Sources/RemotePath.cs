namespace Oods.Sources;

/// <summary>Remote paths: always '/'-separated.</summary>
internal static class RemotePath
{
    /// <summary>Joins a directory and a relative path.</summary>
    public static string Join(string directory, string relative) =>
        directory.Length == 0 || directory == "." ? relative : directory.TrimEnd('/') + "/" + relative;

    /// <summary>The directory part of a path ("" when there is none).</summary>
    public static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash <= 0 ? (slash == 0 ? "/" : "") : path[..slash];
    }

    /// <summary>The last part of a path.</summary>
    public static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>A remote file as a URL for the journal and <c>oods explain</c>: <c>sftp://host:port/dir/name</c> (relative paths are relative to the login directory).</summary>
    public static string Url(string kind, string host, int port, string path) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind}://{host}:{port}/{path.TrimStart('/')}");
}
