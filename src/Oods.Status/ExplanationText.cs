using System.Globalization;
using System.Text;
using Oods.Core.Journal;

namespace Oods.Status;

/// <summary>An <see cref="Explanation"/> as the terminal shows it: one short story per file.</summary>
public static class ExplanationText
{
    /// <summary>Writes the story.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The text, lines separated by newlines.</returns>
    public static string Write(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var text = new StringBuilder();
        if (explanation.Matches.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"OODS never saw {explanation.Query}: no entry in the outcome journal {explanation.JournalRoot}.\n");
            foreach (var note in explanation.Notes)
            {
                text.Append(note).Append('\n');
            }

            var where = explanation.NearbyDirectory.Length == 0 ? "in its landing directories" : $"in {explanation.NearbyDirectory}";
            var when = explanation.NearbyTime is { } t ? $"within {JournalExplainer.Window.TotalHours:0} h of {Stamp(t)}" : "most recently";
            if (explanation.Nearby.Count == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"Nothing was seen {where} {when}.\n");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"Seen {where} {when}:\n");
                foreach (var entry in explanation.Nearby)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {Stamp(entry.SeenTime ?? entry.Time)}  {Verdict(entry),-12} {entry.Source}\n");
                }
            }

            return text.ToString();
        }

        foreach (var entry in explanation.Matches)
        {
            Story(text, entry);
        }

        return text.ToString();
    }

    private static void Story(StringBuilder text, JournalEntry entry)
    {
        if (JournalEvents.IsSourceEvent(entry.Event))
        {
            SourceStory(text, entry);
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"{Path.GetFileName(entry.Source)} [stream {entry.Stream}]\n");
        text.Append(CultureInfo.InvariantCulture, $"  observation  {entry.ObsId} {entry.Raft} {entry.Sensor} ({entry.Camera})\n");
        text.Append(CultureInfo.InvariantCulture, $"  landed as    {entry.Source}\n");
        if (entry.SeenTime is { } seen)
        {
            text.Append(CultureInfo.InvariantCulture, $"  seen         {Stamp(seen)}\n");
        }

        if (entry.ClaimedTime is { } claimed)
        {
            text.Append(CultureInfo.InvariantCulture, $"  claimed      {Stamp(claimed)}\n");
        }

        if (entry.Event == "unclaimable")
        {
            text.Append(CultureInfo.InvariantCulture, $"  UNCLAIMABLE  {Stamp(entry.Time)}: {entry.Description}\n");
            text.Append(CultureInfo.InvariantCulture, $"  now at       {entry.Path} (left in landing; OODS keeps retrying)\n");
            return;
        }

        if (entry.Status == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"  ingested     {Stamp(entry.Time)}{Latency(entry)} into:\n");
            foreach (var (repository, id) in entry.Datasets)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {repository}  dataset {id}\n");
            }
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"  FAILED       {Stamp(entry.Time)}{Latency(entry)}: status {entry.Status} ({StatusName(entry.Status)})\n");
            text.Append(CultureInfo.InvariantCulture, $"  reason       {entry.Description}\n");
            foreach (var (repository, id) in entry.Datasets)
            {
                text.Append(CultureInfo.InvariantCulture, $"  but in       {repository}  dataset {id}\n");
            }
        }

        var reason = entry.Path + ".reason.json";
        text.Append(CultureInfo.InvariantCulture, $"  now at       {entry.Path}{(entry.Status != 0 && File.Exists(reason) ? $" (reason file {reason})" : "")}\n");
    }

    /// <summary>A remote source's line: the file is still on the server.</summary>
    private static void SourceStory(StringBuilder text, JournalEntry entry)
    {
        var what = entry.Event == JournalEvents.FetchFailed ? "FETCH FAILED" : "NOT REMOVED";
        text.Append(CultureInfo.InvariantCulture, $"{Path.GetFileName(entry.Source)} [stream {entry.Stream}, remote source]\n")
            .Append(CultureInfo.InvariantCulture, $"  {what,-12} {Stamp(entry.Time)}: {entry.Description}\n")
            .Append(CultureInfo.InvariantCulture, $"  now at       {entry.Path} (on the server)\n");
    }

    private static string Verdict(JournalEntry entry) => entry.Event switch
    {
        JournalEvents.Unclaimable => "unclaimable",
        JournalEvents.FetchFailed => "fetch failed",
        JournalEvents.RemoteRemoveFailed => "not removed",
        _ => entry.Status == 0 ? "ingested" : $"failed ({entry.Status})",
    };

    private static string StatusName(int? status) => status switch
    {
        1 => "ingest failure: a repository refused the file",
        2 => "metadata failure: the header could not be read or translated",
        _ => "unknown",
    };

    private static string Latency(JournalEntry entry) =>
        entry.SeenTime is { } seen ? string.Create(CultureInfo.InvariantCulture, $", {(entry.Time - seen).TotalSeconds:0.###} s after seen") : "";

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
