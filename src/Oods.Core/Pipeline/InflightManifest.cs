using System.Text.Json;

namespace Oods.Core.Pipeline;

/// <summary>
/// The files of the batch in flight, written before they are claimed and removed once every one has its outcome
/// in the journal. After a crash (even <c>kill -9</c>), the files it names that are still in staging are finished.
/// </summary>
/// <param name="path">The manifest file (<c>&lt;state&gt;/inflight/&lt;stream&gt;.json</c>).</param>
internal sealed class InflightManifest(string path)
{
    private readonly Lock _gate = new();
    private readonly List<InflightFile> _inFlight = [];

    /// <summary>The manifest file.</summary>
    public string FilePath { get; } = path;

    /// <summary>Adds a batch about to be claimed (another may still be finishing) and rewrites the manifest.</summary>
    /// <param name="files">The batch.</param>
    public void Add(IReadOnlyList<InflightFile> files)
    {
        lock (_gate)
        {
            _inFlight.AddRange(files);
            Write(_inFlight);
        }
    }

    /// <summary>Removes a batch whose every file has its outcome; deletes the manifest when nothing is left.</summary>
    /// <param name="files">The batch.</param>
    public void Remove(IReadOnlyList<InflightFile> files)
    {
        lock (_gate)
        {
            var done = files.ToHashSet();
            _inFlight.RemoveAll(done.Contains);
            if (_inFlight.Count == 0)
            {
                Clear();
            }
            else
            {
                Write(_inFlight);
            }
        }
    }

    /// <summary>Records the batch about to be claimed (written to a temporary name, then renamed over the old one).</summary>
    /// <param name="files">Landing path and staging path of each file.</param>
    public void Write(IReadOnlyList<InflightFile> files)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(files));
        File.Move(temporary, FilePath, overwrite: true);
    }

    /// <summary>Forgets the batch: every file has its outcome.</summary>
    public void Clear() => File.Delete(FilePath);

    /// <summary>The batch left by a previous run, or empty.</summary>
    /// <returns>The files.</returns>
    public IReadOnlyList<InflightFile> Read()
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<InflightFile>>(File.ReadAllBytes(FilePath)) ?? [];
        }
        catch (JsonException)
        {
            // Written by rename, so never half-written; a damaged file means someone edited it: nothing to recover.
            return [];
        }
    }
}
