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
}
