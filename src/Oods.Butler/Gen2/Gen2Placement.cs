using System.Runtime.InteropServices;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen2;

/// <summary>A raw put at its template path, undone when its registry rows do not commit.</summary>
internal sealed partial class Gen2Placement
{
    private readonly string _source;
    private readonly string _target;
    private readonly bool _moved;

    private Gen2Placement(string source, string target, bool moved)
    {
        _source = source;
        _target = target;
        _moved = moved;
    }

    /// <summary>Puts <paramref name="source"/> at <paramref name="target"/> (directories made as needed).</summary>
    /// <param name="mode">Move, Copy, Link or Symlink (absolute symbolic link, as Gen2's link), or Hardlink.</param>
    /// <param name="source">The file (absolute).</param>
    /// <param name="target">Where it goes (absolute; must be free).</param>
    /// <returns>The placement.</returns>
    /// <exception cref="IOException">The file cannot be placed.</exception>
    public static Gen2Placement Place(TransferMode mode, string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        switch (mode)
        {
            case TransferMode.Move:
                File.Move(source, target, overwrite: false);
                return new Gen2Placement(source, target, moved: true);
            case TransferMode.Copy:
                // A reader of the repository never sees a half-written raw.
                var temporary = $"{target}.oods-{Guid.NewGuid():N}.tmp";
                try
                {
                    File.Copy(source, temporary, overwrite: false);
                    File.Move(temporary, target, overwrite: false);
                }
                finally
                {
                    File.Delete(temporary);
                }

                return new Gen2Placement(source, target, moved: false);
            case TransferMode.Link or TransferMode.Symlink:
                File.CreateSymbolicLink(target, source);
                return new Gen2Placement(source, target, moved: false);
            case TransferMode.Hardlink:
                HardLink(source, target);
                return new Gen2Placement(source, target, moved: false);
            default:
                throw new IOException($"transfer mode {mode} places no file in a Gen2 repository");
        }
    }

    /// <summary>Puts things back as they were: a moved file goes back, anything else is deleted.</summary>
    public void Undo()
    {
        try
        {
            if (_moved)
            {
                File.Move(_target, _source, overwrite: false);
            }
            else
            {
                File.Delete(_target);
            }
        }
        catch (IOException)
        {
            // Best effort: the registry has no row for it, so a stray file is harmless and re-ingest treats it as a duplicate target.
        }
    }

    private static void HardLink(string source, string target)
    {
        var ok = OperatingSystem.IsWindows() ? CreateHardLinkW(target, source, IntPtr.Zero) : Link(source, target) == 0;
        if (!ok)
        {
            throw new IOException($"cannot hard-link {source} to {target} (error {Marshal.GetLastPInvokeError()})");
        }
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string newPath);

    [LibraryImport("kernel32.dll", EntryPoint = "CreateHardLinkW", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string newPath, string existing, IntPtr security);
}
