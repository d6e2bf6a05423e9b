using Oods.Core.Configuration;
using Oods.Core.Repositories;

namespace Oods.Core.Expiry;

/// <summary>Expiry of one repository's datasets by the rules of its <c>collection_cleaner</c>.</summary>
/// <param name="Name">The job's name in logs.</param>
/// <param name="Schedule">When its passes run.</param>
/// <param name="DryRun">Whether its passes only log what they would remove.</param>
/// <param name="Repository">The repository.</param>
/// <param name="Rules">The <c>collections_to_clean</c> rules, applied in order.</param>
/// <param name="ManagedDirectories">Absolute directories this OODS owns files in; a dataset whose local file is elsewhere is left alone, rows and file.</param>
public sealed record CollectionExpiryJob(
    string Name,
    ExpirySchedule Schedule,
    bool DryRun,
    RepositorySettings Repository,
    IReadOnlyList<CollectionCleanupRule> Rules,
    IReadOnlyList<string> ManagedDirectories) : ExpiryJob(Name, Schedule, DryRun)
{
    /// <summary>
    /// URI schemes (e.g. <c>s3</c>) of files recorded in place that this job never deletes, though their datasets expire:
    /// the rows go, the object stays (a bucket is tidied by its own lifecycle rules). Empty: such datasets are kept whole.
    /// </summary>
    public IReadOnlyList<string> RowsOnlySchemes { get; init; } = [];

    /// <summary>Most datasets removed per registry transaction. Default 5 000.</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>
    /// The longest one batch's registry transaction should take, since ingest into the same registry waits for it:
    /// a slower batch makes the following ones smaller, faster ones let them grow back to <see cref="BatchSize"/>.
    /// Default 250 ms.
    /// </summary>
    public TimeSpan BatchTime { get; init; } = TimeSpan.FromMilliseconds(250);
}
