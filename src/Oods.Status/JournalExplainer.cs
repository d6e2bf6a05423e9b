using Oods.Core.Journal;
using Oods.Core.Pipeline;

namespace Oods.Status;

/// <summary>Answers "what happened to this file?" from the outcome journal (<c>oods explain</c>).</summary>
public static class JournalExplainer
{
    /// <summary>How far either side of the time in question <see cref="Explanation.Nearby"/> looks.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Most entries listed in <see cref="Explanation.Nearby"/>.</summary>
    public const int NearbyLimit = 20;

    /// <summary>Finds the journal entries about a file (landing or current path, or file name) or an observation id.</summary>
    /// <param name="query">The path, file name or observation id.</param>
    /// <param name="journalRoot">The journal root (<c>&lt;state_directory&gt;/journal</c>).</param>
    /// <param name="streams">The configured streams (for landing directories and name filters).</param>
    /// <param name="around">The time to look around when nothing matches; null: the file's modification time, else the latest.</param>
    /// <returns>The explanation.</returns>
    public static Explanation Explain(string query, string journalRoot, IReadOnlyList<StreamSettings> streams, DateTimeOffset? around = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(streams);
        var name = Path.GetFileName(query);
        var full = Path.GetFullPath(query);
        var entries = JournalReader.ReadAll(journalRoot).ToList();
        var matches = entries
            .Where(e => e.Source == full || e.Path == full || e.Source == query || e.Path == query || e.ObsId == query || Path.GetFileName(e.Source) == name || Path.GetFileName(e.Path) == name)
            .OrderBy(e => e.Time)
            .ToList();
        if (matches.Count > 0)
        {
            return new Explanation { Query = query, JournalRoot = journalRoot, Matches = matches };
        }

        var notes = new List<string>();
        var exists = File.Exists(full);
        var stream = streams.FirstOrDefault(s => s.LandingDirectories.Any(l => full.StartsWith(l + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
        if (exists)
        {
            around ??= new DateTimeOffset(File.GetLastWriteTimeUtc(full), TimeSpan.Zero);
            notes.Add($"{full} exists (last modified {around.Value.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z).");
            if (stream is null)
            {
                notes.Add("It is not under any landing directory of this configuration, so no stream looks at it.");
            }
            else if (!stream.FileNameFilter.IsMatch(Path.GetFileName(full)))
            {
                notes.Add($"Its name does not match the file-name pattern of stream {stream.Name} ({stream.FileNameFilter}), so OODS leaves it alone.");
            }
            else
            {
                notes.Add($"It is in the landing directory of stream {stream.Name} and not taken yet: is OODS running and enabled, is the file still being written (settle_time), can OODS rename it?");
            }
        }

        var directory = query.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.GetDirectoryName(full)! : "";
        var nearby = entries.Where(e => directory.Length == 0 || e.Source.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        nearby = around is { } time
            ? nearby.Where(e => (e.SeenTime ?? e.Time) >= time - Window && (e.SeenTime ?? e.Time) <= time + Window)
                .OrderBy(e => ((e.SeenTime ?? e.Time) - time).Duration()).Take(NearbyLimit).OrderBy(e => e.Time)
            : nearby.OrderByDescending(e => e.Time).Take(NearbyLimit).OrderBy(e => e.Time);
        return new Explanation
        {
            Query = query,
            JournalRoot = journalRoot,
            Matches = [],
            Nearby = nearby.ToList(),
            NearbyDirectory = directory,
            NearbyTime = around,
            Notes = notes,
        };
    }
}
