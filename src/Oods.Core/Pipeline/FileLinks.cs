using System.Runtime.InteropServices;

namespace Oods.Core.Pipeline;

/// <summary>Hard links where the filesystem allows, else copies (shared by the pipeline and the repository writers).</summary>
public static partial class FileLinks
{
    /// <summary>Makes <paramref name="target"/> a hard link to <paramref name="source"/>, or a copy across filesystems; replaces an existing target.</summary>
    /// <param name="source">The existing file.</param>
    /// <param name="target">The new name.</param>
    public static void LinkOrCopy(string source, string target)
    {
        File.Delete(target);
        if (TryHardLink(source, target))
        {
            return;
        }

        File.Copy(source, target, overwrite: true);
    }

    /// <summary>Whether two directories are on one filesystem (a hard link between them works).</summary>
    /// <param name="a">A directory that exists.</param>
    /// <param name="b">Another directory that exists.</param>
    /// <returns>True when a probe file in <paramref name="a"/> can be hard-linked into <paramref name="b"/>.</returns>
    public static bool SameFilesystem(string a, string b)
    {
        var probe = Path.Combine(a, $".oods-probe-{Guid.NewGuid():N}");
        var link = Path.Combine(b, $".oods-probe-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, []);
            return TryHardLink(probe, link);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            File.Delete(probe);
            File.Delete(link);
        }
    }

    /// <summary>Makes <paramref name="target"/> a hard link to <paramref name="source"/>.</summary>
    /// <param name="source">The existing file.</param>
    /// <param name="target">The new name (must not exist).</param>
    /// <returns>False when the system refused (the error is in <see cref="Marshal.GetLastPInvokeError"/>).</returns>
    public static bool TryHardLink(string source, string target) =>
        OperatingSystem.IsWindows() ? CreateHardLinkW(target, source, IntPtr.Zero) : Link(source, target) == 0;

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string newPath);

    [LibraryImport("kernel32.dll", EntryPoint = "CreateHardLinkW", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string newPath, string existing, IntPtr security);
}
