using Oods.Core.Journal;

namespace Oods.Status;

/// <summary>What the outcome journal says about a file or observation (see <see cref="JournalExplainer"/>).</summary>
public sealed record Explanation
{
    /// <summary>What was asked about: a path, a file name or an observation id.</summary>
    public required string Query { get; init; }

    /// <summary>The journal searched.</summary>
    public required string JournalRoot { get; init; }

    /// <summary>Journal entries about it, oldest first; empty when OODS never saw it.</summary>
    public required IReadOnlyList<JournalEntry> Matches { get; init; }

    /// <summary>When nothing matched: what OODS saw in the same landing directory near the same time.</summary>
    public IReadOnlyList<JournalEntry> Nearby { get; init; } = [];

    /// <summary>The directory <see cref="Nearby"/> comes from (empty: every landing directory).</summary>
    public string NearbyDirectory { get; init; } = "";

    /// <summary>The time <see cref="Nearby"/> is centred on, or null for "the latest".</summary>
    public DateTimeOffset? NearbyTime { get; init; }

    /// <summary>Facts about the file as it is now on disk (exists, matches a stream's name filter), when nothing matched.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// Whether the latest outcome of every matching file is "ingested", and every failed fetch of a remote file was
    /// followed by an ingested file of that name. A failed remote removal does not count: the file itself was fetched.
    /// </summary>
    public bool AllIngested
    {
        get
        {
            var files = Matches.Where(m => !JournalEvents.IsSourceEvent(m.Event)).GroupBy(m => m.Source, StringComparer.Ordinal).ToList();
            return files.Count > 0
                && files.All(g => g.Last().Event == JournalEvents.Outcome && g.Last().Status == 0)
                && Matches.Where(m => m.Event == JournalEvents.FetchFailed).All(failed => files.Any(g =>
                    Path.GetFileName(g.Key) == Path.GetFileName(failed.Source) && g.Last().Time >= failed.Time));
        }
    }
}
