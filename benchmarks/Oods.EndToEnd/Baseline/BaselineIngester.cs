using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Oods.EndToEnd.Baseline;

/// <summary>
/// The physical-limit baseline, run as its own process like OODS: inotify on the landing directory (plus one listing
/// at start for the backlog), rename into staging, read the header bytes, one SQLite transaction per batch, then a
/// journal line per file in OODS's format, stamped after the commit.
/// </summary>
internal sealed class BaselineIngester : IDisposable
{
    private readonly string _landing;
    private readonly string _staging;
    private readonly int _batchSize;
    private readonly BaselineRegistry _registry;
    private readonly StreamWriter _journal;
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Prepares the directories, registry and journal.</summary>
    /// <param name="landing">The landing directory.</param>
    /// <param name="staging">The staging directory.</param>
    /// <param name="registryPath">The SQLite registry file.</param>
    /// <param name="schemaSql">The registry schema.</param>
    /// <param name="journalDirectory">Where the journal goes.</param>
    /// <param name="batchSize">Most files per transaction.</param>
    public BaselineIngester(string landing, string staging, string registryPath, string schemaSql, string journalDirectory, int batchSize)
    {
        _landing = landing;
        _staging = staging;
        _batchSize = batchSize;
        Directory.CreateDirectory(landing);
        Directory.CreateDirectory(staging);
        Directory.CreateDirectory(journalDirectory);
        _registry = new BaselineRegistry(registryPath, schemaSql);
        _journal = new StreamWriter(Path.Combine(journalDirectory, "baseline.jsonl"), append: true, new UTF8Encoding(false));
    }

    /// <summary>Runs until killed.</summary>
    /// <returns>Never completes normally.</returns>
    public async Task RunAsync()
    {
        using var watcher = new FileSystemWatcher(_landing) { NotifyFilter = NotifyFilters.FileName, InternalBufferSize = 65536 };
        watcher.Renamed += (_, e) => Offer(e.FullPath);
        watcher.Created += (_, e) => Offer(e.FullPath);
        watcher.EnableRaisingEvents = true;
        foreach (var path in Directory.EnumerateFiles(_landing))
        {
            Offer(path);
        }

        await Console.Error.WriteLineAsync("baseline ready");
        var batch = new List<string>(_batchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _batchSize && _queue.Reader.TryRead(out var path))
            {
                batch.Add(path);
            }

            Ingest(batch);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _journal.Dispose();
        _registry.Dispose();
    }

    private void Offer(string path)
    {
        if (!Path.GetFileName(path).StartsWith('.'))
        {
            _queue.Writer.TryWrite(path);
        }
    }

    private void Ingest(List<string> batch)
    {
        var raws = new List<(string Path, long Size, Dictionary<string, string> Header)>(batch.Count);
        var sources = new List<string>(batch.Count);
        foreach (var landed in batch)
        {
            var staged = Path.Combine(_staging, Path.GetFileName(landed));
            try
            {
                File.Move(landed, staged);
            }
            catch (FileNotFoundException)
            {
                // Both the listing at start and inotify saw it; the first one took it.
                continue;
            }

            raws.Add((staged, new FileInfo(staged).Length, HeaderCards.Read(staged)));
            sources.Add(landed);
        }

        if (raws.Count == 0)
        {
            return;
        }

        _registry.Insert(raws);
        var time = DateTimeOffset.UtcNow;
        foreach (var source in sources)
        {
            _journal.Write("{\"event\":\"outcome\",\"time\":");
            _journal.Write(JsonSerializer.Serialize(time));
            _journal.Write(",\"source\":");
            _journal.Write(JsonSerializer.Serialize(source));
            _journal.WriteLine(",\"status\":0}");
        }

        _journal.Flush();
    }
}
