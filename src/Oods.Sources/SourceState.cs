using System.Text.Json;

namespace Oods.Sources;

/// <summary>
/// The files a source has placed into landing but not yet removed remotely, in
/// <c>&lt;state_directory&gt;/sources/&lt;stream&gt;.json</c>: after a crash such a file is not fetched again, only removed.
/// </summary>
internal sealed class SourceState
{
    private readonly string _path;
    private readonly Dictionary<string, FetchedFile> _fetched;

    private SourceState(string path, Dictionary<string, FetchedFile> fetched)
    {
        _path = path;
        _fetched = fetched;
    }

    /// <summary>The files recorded.</summary>
    public IReadOnlyCollection<FetchedFile> Fetched => _fetched.Values;

    /// <summary>Loads the state (empty when the file does not exist).</summary>
    public static SourceState Load(string path)
    {
        var fetched = new Dictionary<string, FetchedFile>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var file in JsonSerializer.Deserialize(File.ReadAllText(path), SourceStateJson.Default.ListFetchedFile) ?? [])
            {
                fetched[file.Path] = file;
            }
        }

        return new SourceState(path, fetched);
    }

    /// <summary>Whether this remote file (same path, size and time) was fetched already.</summary>
    public bool WasFetched(string path, long size, DateTimeOffset? modified) =>
        _fetched.TryGetValue(path, out var f) && f.Size == size && f.Modified == modified;

    /// <summary>Records a fetched file and saves.</summary>
    public void Add(FetchedFile file)
    {
        _fetched[file.Path] = file;
        Save();
    }

    /// <summary>Forgets a file (removed remotely, or gone) and saves.</summary>
    public void Remove(string path)
    {
        if (_fetched.Remove(path))
        {
            Save();
        }
    }

    private void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temporary = _path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, _fetched.Values.ToList(), SourceStateJson.Default.ListFetchedFile);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
    }
}
