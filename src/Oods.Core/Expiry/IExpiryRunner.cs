namespace Oods.Core.Expiry;

/// <summary>Runs one pass of an expiry job (the scheduler's seam; <see cref="ExpiryRunner"/> is the real one).</summary>
public interface IExpiryRunner
{
    /// <summary>Runs one pass and logs its summary.</summary>
    /// <param name="job">The job.</param>
    /// <param name="dryRun">Only log what would be removed.</param>
    /// <param name="progress">Progress lines; null for none.</param>
    /// <param name="cancellationToken">Stops the pass between batches.</param>
    /// <returns>What the pass did.</returns>
    Task<ExpiryTally> RunAsync(ExpiryJob job, bool dryRun, IProgress<string>? progress, CancellationToken cancellationToken);
}
