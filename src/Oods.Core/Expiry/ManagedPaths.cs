namespace Oods.Core.Expiry;

/// <summary>The one check every deletion of expiry passes: the path is inside a managed root and reached without a symbolic link.</summary>
internal static class ManagedPaths
{
    /// <summary>A registry file location as a local absolute path: <c>file:</c> URIs and paths; null for other schemes.</summary>
    /// <param name="location">An absolute path or a URI.</param>
    /// <returns>The normalised path, or null.</returns>
    public static string? ToLocalPath(string location)
    {
        if (location.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.IsFile ? Path.GetFullPath(uri.LocalPath) : null;
        }

        return Path.IsPathFullyQualified(location) ? Path.GetFullPath(location) : null;
    }

    /// <summary>The root that holds <paramref name="path"/>, or null when none may have it deleted.</summary>
    /// <param name="path">An absolute path.</param>
    /// <param name="roots">Absolute, normalised roots.</param>
    /// <returns>The root, or null.</returns>
    public static string? Owner(string path, IEnumerable<string> roots) =>
        roots.FirstOrDefault(root => IsBelow(path, root) && !CrossesLink(path, root));

    /// <summary>Whether a normalised path lies strictly below a root (<c>..</c> already resolved, the root itself excluded).</summary>
    /// <param name="path">The path.</param>
    /// <param name="root">The root.</param>
    /// <returns>True when below.</returns>
    public static bool IsBelow(string path, string root)
    {
        var full = Path.GetFullPath(path);
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        return full.Length > top.Length + 1
            && full.StartsWith(top, StringComparison.Ordinal)
            && full[top.Length] == Path.DirectorySeparatorChar;
    }

    /// <summary>Whether a directory between the root and the path is a symbolic link (which could lead anywhere).</summary>
    /// <param name="path">A path below the root.</param>
    /// <param name="root">The root.</param>
    /// <returns>True when the path is reached through a link.</returns>
    public static bool CrossesLink(string path, string root)
    {
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        for (var directory = Path.GetDirectoryName(Path.GetFullPath(path)); directory is not null && directory.Length > top.Length; directory = Path.GetDirectoryName(directory))
        {
            if (new DirectoryInfo(directory).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }
}
