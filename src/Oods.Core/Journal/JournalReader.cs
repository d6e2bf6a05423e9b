using System.Text.Json;

namespace Oods.Core.Journal;

/// <summary>Reads outcome journals (for <c>oods explain</c> and the status page).</summary>
public static class JournalReader
{
    /// <summary>Every entry under a journal root (<c>&lt;state&gt;/journal</c>: one directory per stream), oldest day first.</summary>
    /// <param name="journalRoot">The journal root.</param>
    /// <param name="malformed">Called with the file and line number of each line that is not a journal entry (skipped).</param>
    /// <returns>The entries, lazily.</returns>
    public static IEnumerable<JournalEntry> ReadAll(string journalRoot, Action<string, int>? malformed = null)
    {
        if (!Directory.Exists(journalRoot))
        {
            yield break;
        }

        var files = Directory.EnumerateFiles(journalRoot, "*.jsonl", SearchOption.AllDirectories)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var entry in ReadFile(file, malformed))
            {
                yield return entry;
            }
        }
    }

    /// <summary>The entries of one journal file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="malformed">Called for each line that is not a journal entry (e.g. cut short by a crash).</param>
    /// <returns>The entries, lazily.</returns>
    public static IEnumerable<JournalEntry> ReadFile(string file, Action<string, int>? malformed = null)
    {
        using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            JournalEntry? entry;
            try
            {
                entry = JsonSerializer.Deserialize<JournalEntry>(line, JournalJson.Options);
            }
            catch (JsonException)
            {
                entry = null;
            }

            if (entry is null)
            {
                malformed?.Invoke(file, number);
                continue;
            }

            yield return entry;
        }
    }
}
