using System.Text.RegularExpressions;

namespace Oods.Core.Discovery;

/// <summary>Lists the files waiting in a landing directory, oldest first.</summary>
internal static class LandingScanner
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Files under <paramref name="landingDirectory"/> whose names pass the filter, oldest first.</summary>
    /// <param name="landingDirectory">The landing directory (absent = nothing waiting).</param>
    /// <param name="filter">The file-name filter.</param>
    /// <param name="limit">At most this many files.</param>
    /// <param name="skip">Files to leave out (e.g. waiting for a retry).</param>
    /// <returns>Absolute paths.</returns>
    public static IReadOnlyList<string> Scan(string landingDirectory, Regex filter, int limit, Func<string, bool>? skip = null)
    {
        if (!Directory.Exists(landingDirectory))
        {
            return [];
        }

        var found = new List<(string Path, DateTime Time)>();
        foreach (var info in new DirectoryInfo(landingDirectory).EnumerateFiles("*", Recursive))
        {
            if (IsCandidate(landingDirectory, info.FullName, filter) && skip?.Invoke(info.FullName) != true)
            {
                found.Add((info.FullName, info.LastWriteTimeUtc));
            }
        }

        found.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : string.CompareOrdinal(a.Path, b.Path));
        return found.Take(limit).Select(f => f.Path).ToList();
    }

    /// <summary>Whether a file is one to ingest: a FITS-like name, not hidden, not a temporary name, not in a hidden directory.</summary>
    /// <param name="landingDirectory">The landing directory.</param>
    /// <param name="path">The file.</param>
    /// <param name="filter">The file-name filter.</param>
    /// <returns>True to ingest.</returns>
    public static bool IsCandidate(string landingDirectory, string path, Regex filter)
    {
        var relative = Path.GetRelativePath(landingDirectory, path);
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            if (part.StartsWith('.') || part.EndsWith('~') || part.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || part.EndsWith(".part", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return filter.IsMatch(Path.GetFileName(path));
    }
}
