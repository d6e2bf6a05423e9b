using Microsoft.Extensions.Logging;
using Oods.Core.Repositories;

namespace Oods.Core.Expiry;

/// <summary>One pass of a repository's collection cleaner: find old datasets rule by rule, remove rows in batches, then their files.</summary>
/// <remarks>
/// Rows go first, files after their batch commits: a failure between the two leaves an orphan file (which a
/// cache cleaner of the staging directory collects), never a registry row whose file is gone. A dataset whose
/// file lies outside the managed directories is kept whole, so an OODS sharing a repository never deletes
/// another's data; one recorded in place as an object URI of a <see cref="CollectionExpiryJob.RowsOnlySchemes"/>
/// scheme loses its rows and keeps its object.
/// </remarks>
internal sealed partial class CollectionCleaner(IExpiryRegistryFactory registries, TimeProvider time, ILogger logger)
{
    /// <summary>Runs one pass.</summary>
    /// <param name="job">The job.</param>
    /// <param name="dryRun">Only log what would be removed.</param>
    /// <param name="progress">Progress lines for <c>oods expire</c>; null for none.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>What the pass did.</returns>
    public ExpiryTally Run(CollectionExpiryJob job, bool dryRun, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var tally = new ExpiryTally();
        IExpiryRegistry registry;
        try
        {
            registry = registries.Open(job.Repository);
        }
        catch (RepositoryException e)
        {
            ExpiryLog.RepositoryUnavailable(logger, job.Name, job.Repository.Directory, e.Message);
            tally.Failed++;
            return tally;
        }

        using (registry)
        {
            var now = time.GetUtcNow();
            foreach (var rule in job.Rules)
            {
                var collections = new List<string>();
                foreach (var collection in rule.Collections)
                {
                    if (registry.HasCollection(collection))
                    {
                        collections.Add(collection);
                    }
                    else
                    {
                        ExpiryLog.CollectionMissing(logger, job.Name, collection, job.Repository.Directory);
                        tally.Skipped++;
                    }
                }

                if (collections.Count == 0)
                {
                    continue;
                }

                var before = now - rule.FilesOlderThan.ToTimeSpan();
                IReadOnlyList<ExpiredDataset> found;
                try
                {
                    found = registry.FindExpired(collections, rule.DatasetTypes, before, rule.ExcludeTagged);
                }
                catch (RepositoryException e)
                {
                    ExpiryLog.RepositoryUnavailable(logger, job.Name, job.Repository.Directory, e.Message);
                    tally.Failed++;
                    continue;
                }

                progress?.Report($"{job.Name}: {found.Count} datasets of {string.Join(", ", collections)} ingested before {before:O}");
                RemoveAll(job, registry, found, dryRun, tally, progress, cancellationToken);
            }
        }

        return tally;
    }

    private bool DeleteFile(CollectionExpiryJob job, string file, ExpiryTally tally)
    {
        try
        {
            File.Delete(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ExpiryLog.DeleteFailed(logger, job.Name, file, e.Message);
            tally.Failed++;
            return false;
        }
    }

    private static bool RowsOnly(CollectionExpiryJob job, string uri) =>
        job.RowsOnlySchemes.Any(scheme => uri.StartsWith(scheme + "://", StringComparison.OrdinalIgnoreCase));

    private static void Count(ExpiryTally tally, long size)
    {
        if (size >= 0)
        {
            tally.Files++;
            tally.Bytes += size;
        }
    }

    /// <summary>The file's size without following a link; -1 when it is not there.</summary>
    private static long SizeOf(string path)
    {
        // One lstat: the attributes tell a link (counted as 0 bytes) without reading its target.
        var info = new FileInfo(path);
        if (!info.Exists && (int)info.Attributes == -1)
        {
            return -1;
        }

        return (info.Attributes & FileAttributes.ReparsePoint) != 0 ? 0 : info.Length;
    }
}
