using System.Text.RegularExpressions;

namespace Oods.Core.Discovery;

/// <summary>Lists the files waiting in a landing directory.</summary>
internal static class LandingScanner
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Files under <paramref name="landingDirectory"/> whose names pass the filter, in directory order, lazily.</summary>
    /// <param name="landingDirectory">The landing directory (absent = nothing waiting).</param>
    /// <param name="filter">The file-name filter.</param>
    /// <returns>Absolute paths.</returns>
    public static IEnumerable<string> Enumerate(string landingDirectory, Regex filter)
    {
        if (!Directory.Exists(landingDirectory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(landingDirectory, "*", Recursive))
        {
            if (IsCandidate(landingDirectory, path, filter))
            {
                yield return path;
            }
        }
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
