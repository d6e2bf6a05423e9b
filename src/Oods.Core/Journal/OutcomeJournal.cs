using System.Text.Json;
using Oods.Core.Outcomes;

namespace Oods.Core.Journal;

/// <summary>
/// The append-only outcome journal of one stream: <c>&lt;directory&gt;/&lt;yyyy-MM-dd&gt;.jsonl</c> (UTC date of the
/// outcome), one JSON object per line, flushed after every batch. Read by <c>oods explain</c>.
/// </summary>
/// <remarks>
/// Every journal opened on the same directory in this process writes through one shared, locked writer, so the
/// stream worker and its remote source can both append: a batch's lines stay together and no line is torn.
/// </remarks>
public sealed class OutcomeJournal : IDisposable
{
    private readonly JournalFile _file;
    private int _disposed;

    /// <summary>Opens the journal; the directory is created on first write.</summary>
    /// <param name="directory">The stream's journal directory.</param>
    public OutcomeJournal(string directory) => _file = JournalFile.Acquire(directory);

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
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        _file.Append([.. entries.Select(e => (e.Time, JsonSerializer.Serialize(e, JournalJson.Options)))]);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _file.Release();
        }
    }
}
