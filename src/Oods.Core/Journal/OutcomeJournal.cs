using System.Globalization;
using System.Text;
using System.Text.Json;
using Oods.Core.Outcomes;

namespace Oods.Core.Journal;

/// <summary>
/// The append-only outcome journal of one stream: <c>&lt;directory&gt;/&lt;yyyy-MM-dd&gt;.jsonl</c> (UTC date of the
/// outcome), one JSON object per line, flushed after every batch. Read by <c>oods explain</c>.
/// </summary>
public sealed class OutcomeJournal : IDisposable
{
    private readonly string _directory;
    private readonly Lock _gate = new();
    private StreamWriter? _writer;
    private string _currentDay = "";

    /// <summary>Creates the journal; the directory is created on first write.</summary>
    /// <param name="directory">The stream's journal directory.</param>
    public OutcomeJournal(string directory) => _directory = directory;

    /// <summary>The entry for an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="eventName">The event name.</param>
    /// <returns>The entry.</returns>
    public static JournalEntry ToEntry(FileOutcome outcome, string eventName = "outcome")
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new JournalEntry
        {
            Event = eventName,
            Time = outcome.Time,
            SeenTime = outcome.SeenTime,
            ClaimedTime = outcome.ClaimedTime,
            Stream = outcome.Stream,
            Source = outcome.SourcePath,
            Path = outcome.FinalPath,
            Camera = outcome.Camera,
            ObsId = outcome.ObsId,
            Raft = outcome.Raft,
            Sensor = outcome.Sensor,
            Status = eventName == "outcome" ? (int)outcome.Status : null,
            Description = outcome.Description,
            Datasets = outcome.DatasetIds,
        };
    }

    /// <summary>Appends entries and flushes them to the operating system.</summary>
    /// <param name="entries">The entries.</param>
    public void Append(IEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                var writer = WriterFor(entry.Time);
                writer.WriteLine(JsonSerializer.Serialize(entry, JournalJson.Options));
            }

            _writer?.Flush();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private StreamWriter WriterFor(DateTimeOffset time)
    {
        var day = time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (_writer is null || day != _currentDay)
        {
            _writer?.Dispose();
            Directory.CreateDirectory(_directory);
            var stream = new FileStream(Path.Combine(_directory, day + ".jsonl"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = false };
            _currentDay = day;
        }

        return _writer;
    }
}
