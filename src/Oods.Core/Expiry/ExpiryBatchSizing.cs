namespace Oods.Core.Expiry;

/// <summary>How many datasets a collection cleaner puts in its next registry transaction.</summary>
public static class ExpiryBatchSizing
{
    /// <summary>
    /// The size of the batches after one that held the registry for <paramref name="took"/>: ingest into the same
    /// registry waits for each batch's transaction, so one slower than <see cref="CollectionExpiryJob.BatchTime"/>
    /// makes the next ones proportionally smaller (down to 1/50 of <see cref="CollectionExpiryJob.BatchSize"/>);
    /// one faster than half of it lets them double again, up to <see cref="CollectionExpiryJob.BatchSize"/>.
    /// </summary>
    /// <remarks>The batch being prepared meanwhile keeps its size: the change applies from the one after it.</remarks>
    /// <param name="job">The job (its batch size and batch time).</param>
    /// <param name="count">The datasets of the batch that was timed.</param>
    /// <param name="took">How long its registry transaction took.</param>
    /// <returns>The size of the next batches.</returns>
    public static int Next(CollectionExpiryJob job, int count, TimeSpan took)
    {
        ArgumentNullException.ThrowIfNull(job);
        var smallest = Math.Max(1, job.BatchSize / 50);
        if (took > job.BatchTime)
        {
            return Math.Max(smallest, (int)(count * (job.BatchTime / took)));
        }

        return took < job.BatchTime / 2 ? Math.Min(job.BatchSize, Math.Max(smallest, count * 2)) : Math.Max(smallest, count);
    }
}
