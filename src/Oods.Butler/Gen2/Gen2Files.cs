namespace Oods.Butler.Gen2;

/// <summary>File checks for duplicate detection.</summary>
internal static class Gen2Files
{
    /// <summary>Whether anything is at the path, a dangling symbolic link included.</summary>
    /// <param name="path">The path.</param>
    /// <returns>True when a file, directory or link is there.</returns>
    public static bool Exists(string path) =>
        File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>Whether <paramref name="target"/> already is, links to, or has the same bytes as <paramref name="source"/>.</summary>
    /// <param name="target">The repository path.</param>
    /// <param name="source">The file being ingested.</param>
    /// <returns>True when ingesting the source again would change nothing.</returns>
    public static bool Holds(string target, string source)
    {
        if (!File.Exists(target))
        {
            return false;
        }

        if (string.Equals(Resolve(target), Resolve(source), StringComparison.Ordinal))
        {
            return true;
        }

        return File.Exists(source) && SameBytes(target, source);
    }

    private static string Resolve(string path) =>
        Path.GetFullPath(new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path);

    private static bool SameBytes(string a, string b)
    {
        if (new FileInfo(a).Length != new FileInfo(b).Length)
        {
            return false;
        }

        const int Size = 1 << 16;
        using var left = File.OpenRead(a);
        using var right = File.OpenRead(b);
        var x = new byte[Size];
        var y = new byte[Size];
        while (true)
        {
            var n = left.ReadAtLeast(x, Size, throwOnEndOfStream: false);
            var m = right.ReadAtLeast(y, Size, throwOnEndOfStream: false);
            if (n != m || !x.AsSpan(0, n).SequenceEqual(y.AsSpan(0, m)))
            {
                return false;
            }

            if (n == 0)
            {
                return true;
            }
        }
    }
}
