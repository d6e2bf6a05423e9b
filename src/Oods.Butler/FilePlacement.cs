using System.Runtime.InteropServices;
using Oods.Core.Repositories;

namespace Oods.Butler;

/// <summary>A raw file put into a repository (Gen3 datastore or Gen2 template path), undone if its registry rows do not commit.</summary>
internal sealed partial class FilePlacement
{
    private readonly string _source;
    private readonly string _target;
    private readonly bool _moved;
    private readonly bool _preExisting;

    private FilePlacement(string source, string target, bool moved, bool preExisting = false)
    {
        _source = source;
        _target = target;
        _moved = moved;
        _preExisting = preExisting;
    }

    /// <summary>Puts <paramref name="source"/> at <paramref name="target"/> with the transfer mode.</summary>
    /// <param name="mode">Any mode but Direct and Skip; Link is a hard link falling back to a symbolic link (Gen3's meaning).</param>
    /// <param name="source">The file.</param>
    /// <param name="target">Where it goes (absolute).</param>
    /// <returns>The placement.</returns>
    /// <exception cref="IOException">The file cannot be placed, or something else is already there.</exception>
    public static FilePlacement Place(TransferMode mode, string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target) || Directory.Exists(target) || new FileInfo(target).LinkTarget is not null)
        {
            if (mode is TransferMode.Copy or TransferMode.Hardlink && IsSameContent(source, target))
            {
                // Left by a run that crashed after placing the file and before committing: no row refers to it.
                return new FilePlacement(source, target, moved: false, preExisting: true);
            }

            throw new IOException($"{target} already exists in the datastore");
        }

        switch (mode)
        {
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

                return new FilePlacement(source, target, moved: false);
            case TransferMode.Move:
                File.Move(source, target);
                return new FilePlacement(source, target, moved: true);
            case TransferMode.Hardlink:
                HardLink(source, target);
                return new FilePlacement(source, target, moved: false);
            case TransferMode.Link:
                try
                {
                    HardLink(source, target);
                }
                catch (IOException)
                {
                    File.CreateSymbolicLink(target, Path.GetFullPath(source));
                }

                return new FilePlacement(source, target, moved: false);
            case TransferMode.Symlink:
                File.CreateSymbolicLink(target, Path.GetFullPath(source));
                return new FilePlacement(source, target, moved: false);
            case TransferMode.Relsymlink:
                File.CreateSymbolicLink(target, Path.GetRelativePath(Path.GetDirectoryName(target)!, Path.GetFullPath(source)));
                return new FilePlacement(source, target, moved: false);
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "direct and skip place no file");
        }
    }

    /// <summary>The transaction did not commit: put things back as they were.</summary>
    public void Undo()
    {
        if (_preExisting)
        {
            return;
        }

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
            // Best effort: no registry row points at it, so a stray file is harmless and a re-ingest treats it as a duplicate target.
        }
    }

    private static bool IsSameContent(string a, string b)
    {
        var infoA = new FileInfo(a);
        var infoB = new FileInfo(b);
        if (!infoA.Exists || !infoB.Exists || infoA.Length != infoB.Length || infoB.LinkTarget is not null)
        {
            return false;
        }

        using var streamA = infoA.OpenRead();
        using var streamB = infoB.OpenRead();
        var bufferA = new byte[81920];
        var bufferB = new byte[81920];
        int read;
        while ((read = streamA.ReadAtLeast(bufferA, bufferA.Length, throwOnEndOfStream: false)) > 0)
        {
            if (streamB.ReadAtLeast(bufferB, read, throwOnEndOfStream: false) != read || !bufferA.AsSpan(0, read).SequenceEqual(bufferB.AsSpan(0, read)))
            {
                return false;
            }
        }

        return true;
    }

    private static void HardLink(string source, string target)
    {
        var ok = Oods.Core.Pipeline.FileLinks.TryHardLink(source, target);
        if (!ok)
        {
            throw new IOException($"cannot hard-link {source} to {target} (error {Marshal.GetLastPInvokeError()})");
        }
    }
}
