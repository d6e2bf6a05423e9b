namespace Oods.Core.Journal;

/// <summary>The kinds of journal lines (<see cref="JournalEntry.Event"/>).</summary>
public static class JournalEvents
{
    /// <summary>A file's outcome: ingested or failed, with its <c>imageInOODS</c> status.</summary>
    public const string Outcome = "outcome";

    /// <summary>A landed file that could not be claimed after the configured attempts (still retried).</summary>
    public const string Unclaimable = "unclaimable";

    /// <summary>A remote (FTP/SFTP) file that could not be fetched several polls in a row (still retried at every poll).</summary>
    public const string FetchFailed = "fetch_failed";

    /// <summary>A fetched remote file whose remote delete or move failed (retried at every poll; the file is not fetched again).</summary>
    public const string RemoteRemoveFailed = "remote_remove_failed";

    /// <summary>Whether an event is about a remote source's file before it reached landing, rather than a file of the pipeline.</summary>
    /// <param name="eventName">The event.</param>
    /// <returns>True for <see cref="FetchFailed"/> and <see cref="RemoteRemoveFailed"/>.</returns>
    public static bool IsSourceEvent(string eventName) => eventName is FetchFailed or RemoteRemoveFailed;
}
