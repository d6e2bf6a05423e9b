using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Oods.Core.Expiry;

/// <summary>Runs passes of collection and cache cleaners, one at a time per job, and logs each pass's summary.</summary>
public sealed class ExpiryRunner : IExpiryRunner
{
    private readonly CollectionCleaner _collections;
    private readonly CacheCleaner _cache;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the runner.</summary>
    /// <param name="registries">Opens repositories.</param>
    /// <param name="time">The clock ages are measured against.</param>
    /// <param name="logger">The log.</param>
    public ExpiryRunner(IExpiryRegistryFactory registries, TimeProvider time, ILogger<ExpiryRunner> logger)
    {
        _time = time;
        _logger = logger;
        _collections = new CollectionCleaner(registries, time, logger);
        _cache = new CacheCleaner(time, logger);
    }

    /// <inheritdoc/>
    public Task<ExpiryTally> RunAsync(ExpiryJob job, bool dryRun, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Task.Run(
            () =>
            {
                ExpiryLog.PassStarted(_logger, job.Name);
                var started = _time.GetTimestamp();
                var tally = job switch
                {
                    CollectionExpiryJob collections => _collections.Run(collections, dryRun, progress, cancellationToken),
                    CacheExpiryJob cache => _cache.Run(cache, dryRun, progress, cancellationToken),
                    _ => throw new UnreachableException($"unknown expiry job {job.GetType().Name}"),
                };
                var elapsed = _time.GetElapsedTime(started);
                ExpiryLog.PassFinished(_logger, job.Name, dryRun ? " (dry run)" : "", tally.Datasets, tally.Files, tally.Directories, tally.Bytes, tally.Skipped, tally.Failed, elapsed);
                if (!dryRun)
                {
                    Observability.OodsMetrics.Expired(job.Name, tally.Datasets + tally.Files + tally.Directories, tally.Bytes);
                }
                return tally;
            },
            cancellationToken);
    }
}
