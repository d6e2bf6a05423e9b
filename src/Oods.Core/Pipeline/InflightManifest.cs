using System.Text.Json;

namespace Oods.Core.Pipeline;

/// <summary>
/// The files of the batches in flight, written before they are claimed and forgotten once every one has its outcome
/// in the journal. After a crash (even <c>kill -9</c>), the files it names that are still in staging are finished.
/// </summary>
/// <remarks>
/// An append-only file of JSON lines: <c>{"add":[files]}</c> before a batch is claimed, <c>{"done":[files]}</c> once
/// its outcomes are journaled. Appending costs one <c>write(2)</c> per batch where rewriting the whole list by rename
/// cost a replaced inode per batch (which ext4 also flushes). The file is deleted when nothing is in flight and
/// rewritten compactly when it grows past <see cref="CompactAbove"/> bytes. A line cut short by a crash is ignored:
/// an <c>add</c> is appended before its files are claimed, and a lost <c>done</c> only makes recovery look at files
/// that are no longer in staging.
/// </remarks>
/// <param name="path">The manifest file (<c>&lt;state&gt;/inflight/&lt;stream&gt;.json</c>).</param>
internal sealed class InflightManifest(string path) : IDisposable
{
    /// <summary>Size past which the file is rewritten with only the files still in flight.</summary>
    public const long CompactAbove = 1 << 20;

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly Lock _gate = new();
    private readonly List<InflightFile> _inFlight = [];
    private FileStream? _file;

    /// <summary>The manifest file.</summary>
    public string FilePath { get; } = path;

    /// <summary>Adds a batch about to be claimed (others may still be finishing).</summary>
    /// <param name="files">The batch.</param>
    public void Add(IReadOnlyList<InflightFile> files)
    {
        lock (_gate)
        {
            _inFlight.AddRange(files);
            Append(new ManifestLine { Add = [.. files] });
        }
    }

    /// <summary>Removes files whose every outcome is journaled; deletes the manifest when nothing is left.</summary>
    /// <param name="files">The files.</param>
    public void Remove(IReadOnlyList<InflightFile> files)
    {
        lock (_gate)
        {
            foreach (var file in files)
            {
                _inFlight.Remove(file);
            }

            if (_inFlight.Count == 0)
            {
                Clear();
            }
            else if (_file is { Length: > CompactAbove })
            {
                Rewrite();
            }
            else
            {
                Append(new ManifestLine { Done = [.. files] });
            }
        }
    }

    /// <summary>Takes over the files a previous run left in flight (see <see cref="Read"/>) and rewrites the manifest with them.</summary>
    /// <param name="files">The files.</param>
    public void Restore(IReadOnlyList<InflightFile> files)
    {
        lock (_gate)
        {
            _inFlight.Clear();
            _inFlight.AddRange(files);
            Rewrite();
        }
    }

    /// <summary>The files a previous run left in flight, in the order they were added; empty when none.</summary>
    /// <returns>The files.</returns>
    public IReadOnlyList<InflightFile> Read()
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var files = new List<InflightFile>();
        foreach (var line in File.ReadLines(FilePath))
        {
            if (Parse(line) is not { } entry)
            {
                // Cut short by a crash (or edited by hand): nothing after a torn line was written by this manifest.
                continue;
            }

            files.AddRange(entry.Add ?? []);
            foreach (var done in entry.Done ?? [])
            {
                // Batches finish in order, so a finished file is the oldest entry equal to it.
                files.Remove(done);
            }
        }

        return files;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
            _file = null;
        }
    }

    private static ManifestLine? Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            // Versions before 0.2 rewrote the manifest as one JSON array.
            return line.TrimStart().StartsWith('[')
                ? new ManifestLine { Add = JsonSerializer.Deserialize<List<InflightFile>>(line) }
                : JsonSerializer.Deserialize<ManifestLine>(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Append(ManifestLine line)
    {
        if (_file is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            _file = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read | FileShare.Delete, 1, FileOptions.None);
        }

        // One write per line, so a crash leaves at most the last line short.
        var bytes = JsonSerializer.SerializeToUtf8Bytes(line);
        _file.Write([.. bytes, .. NewLine]);
    }

    private void Clear()
    {
        _file?.Dispose();
        _file = null;
        if (File.Exists(FilePath))
        {
            File.Delete(FilePath);
        }
    }

    /// <summary>Writes the files in flight to a temporary name and renames it over the manifest.</summary>
    private void Rewrite()
    {
        if (_inFlight.Count == 0)
        {
            Clear();
            return;
        }

        _file?.Dispose();
        _file = null;

        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".tmp";
        File.WriteAllBytes(temporary, [.. JsonSerializer.SerializeToUtf8Bytes(new ManifestLine { Add = [.. _inFlight] }), .. NewLine]);
        File.Move(temporary, FilePath, overwrite: true);
    }
}
