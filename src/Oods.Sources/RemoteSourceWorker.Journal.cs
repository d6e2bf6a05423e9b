using Oods.Core.Journal;

namespace Oods.Sources;

/// <summary>What the source journals: files it could not fetch, and fetched files it could not remove remotely.</summary>
internal sealed partial class RemoteSourceWorker
{
    /// <summary>Failed fetches in a row after which a file is journaled (once; it is still fetched again at every poll).</summary>
    internal const int FetchAttemptsBeforeJournal = 3;

    /// <summary>Counts a failed fetch; the <see cref="FetchAttemptsBeforeJournal"/>th in a row is journaled.</summary>
    private void FetchFailed(string relative, string remote, Exception error)
    {
        var failures = _fetchFailures[relative] = _fetchFailures.GetValueOrDefault(relative) + 1;
        if (failures == FetchAttemptsBeforeJournal)
        {
            Journal(JournalEvents.FetchFailed, remote, $"fetching failed {failures} times in a row (last: {error.Message}); the file stays on the server and OODS tries again at every poll");
        }
    }

    /// <summary>Journals the first failed remote delete or move of a fetched file.</summary>
    private void RemoveFailed(string relative, string remote, Exception error)
    {
        if (_removeFailuresJournaled.Add(relative))
        {
            var action = settings.MoveAfterFetch ? $"moving it to {settings.MoveTo}" : "deleting it";
            Journal(JournalEvents.RemoteRemoveFailed, remote, $"fetched into {LocalPath(relative)}, but {action} on the server failed ({error.Message}); OODS retries at every poll and does not fetch it again");
        }
    }

    /// <summary>Forgets the failures of files no longer on the server.</summary>
    private void ForgetGone(HashSet<string> present)
    {
        foreach (var gone in _fetchFailures.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _fetchFailures.Remove(gone);
        }

        _removeFailuresJournaled.RemoveWhere(k => !present.Contains(k));
    }

    private void Journal(string eventName, string remote, string description)
    {
        var url = RemotePath.Url(settings.Kind, settings.Host, settings.Port, remote);
        journal.Append([new JournalEntry
        {
            Event = eventName,
            Time = time.GetUtcNow(),
            Stream = settings.Stream,
            Source = url,
            Path = url,
            ObsId = RemotePath.Name(remote),
            Description = description,
        }]);
    }
}
