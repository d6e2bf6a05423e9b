using System.Runtime.InteropServices;

namespace Oods.Core.Pipeline;

/// <summary>Claims a landed file by moving it into staging under the same sub-path.</summary>
/// <remarks>
/// On one filesystem the move is an atomic <c>rename(2)</c>, so a file is either still waiting or claimed. Across
/// filesystems it is copied to a hidden name beside the target, flushed to disk, renamed into place and only then
/// unlinked from landing: a crash leaves either the landing file (claimed again on restart) or both (the copy wins).
/// A staged file is never overwritten: a second file of the same name is staged as <c>dupN_name</c>.
/// </remarks>
internal static partial class FileClaimer
{
    private const int ENOENT = 2;
    private const int EXDEV = 18;

    /// <summary>Where a landed file goes in staging (a free name).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="landingRoot">The landing directory the file is in.</param>
    /// <param name="landingPath">The file.</param>
    /// <returns>The staging path.</returns>
    public static string TargetFor(StreamSettings stream, string landingRoot, string landingPath)
    {
        var target = Path.Combine(stream.StagingDirectory, Path.GetRelativePath(landingRoot, landingPath));
        var directory = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        for (var n = 1; File.Exists(target); n++)
        {
            target = Path.Combine(directory, $"dup{n}_{name}");
        }

        return target;
    }

    /// <summary>The hidden temporary name a cross-filesystem copy is written under.</summary>
    /// <param name="target">The staging path.</param>
    /// <returns>The temporary path.</returns>
    public static string TemporaryFor(string target) => Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.oods-claim");

    /// <summary>Moves <paramref name="landingPath"/> to <paramref name="target"/>.</summary>
    /// <param name="landingPath">The file in the landing directory.</param>
    /// <param name="target">The staging path from <see cref="TargetFor"/>.</param>
    /// <exception cref="FileNotFoundException">The file is gone (claimed by someone else).</exception>
    /// <exception cref="IOException">The file cannot be moved.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied.</exception>
    public static void Claim(string landingPath, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(landingPath, target, overwrite: false);
            return;
        }

        // Staging sub-directories usually exist already: create one only when the rename says it is missing.
        if (Rename(landingPath, target) == 0)
        {
            return;
        }

        var errno = Marshal.GetLastPInvokeError();
        if (errno == ENOENT && File.Exists(landingPath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Rename(landingPath, target) == 0)
            {
                return;
            }

            errno = Marshal.GetLastPInvokeError();
        }

        switch (errno)
        {
            case EXDEV:
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                CopyAcross(landingPath, target);
                return;
            case ENOENT when !File.Exists(landingPath):
                throw new FileNotFoundException($"{landingPath} is gone", landingPath);
            default:
                // File.Move raises the exception .NET maps this errno to (permission, busy, ...).
                File.Move(landingPath, target, overwrite: false);
                return;
        }
    }

    private static void CopyAcross(string landingPath, string target)
    {
        var temporary = TemporaryFor(target);
        using (var source = new FileStream(landingPath, FileMode.Open, FileAccess.Read, FileShare.Read))
        using (var copy = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            source.CopyTo(copy);
            copy.Flush(flushToDisk: true);
        }

        File.Move(temporary, target, overwrite: false);
        File.Delete(landingPath);
    }

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Rename(string oldPath, string newPath);
}
