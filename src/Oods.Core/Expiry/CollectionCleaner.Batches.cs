using Oods.Core.Repositories;

namespace Oods.Core.Expiry;

/// <content>
/// The batches of one rule, three at a time: while the registry removes the rows of one batch (this thread), the next
/// is prepared (managed-path check, file sizes) and the previous finished (files deleted, logged, counted) on the
/// thread pool. The registry work is one core's worth; the file-system work no longer waits for it, nor it for that.
/// </content>
internal sealed partial class CollectionCleaner
{
    private void RemoveAll(CollectionExpiryJob job, IExpiryRegistry registry, IReadOnlyList<ExpiredDataset> found, bool dryRun, ExpiryTally tally, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        if (found.Count == 0)
        {
            return;
        }

        // One check object for the pass; Prepare runs one batch at a time, so its cache is never shared by two threads.
        var managed = new ManagedPathCheck(job.ManagedDirectories);
        var offset = 0;
        var size = job.BatchSize;
        Task<ExpiryBatch>? prepare = PrepareNext();
        var finish = Task.CompletedTask;
        var done = 0;
        try
        {
            while (prepare is not null)
            {
                var batch = prepare.GetAwaiter().GetResult();
                prepare = offset < found.Count ? PrepareNext() : null;
                cancellationToken.ThrowIfCancellationRequested();
                var started = time.GetTimestamp();
                batch.Removed = dryRun || Remove(job, registry, batch);
                if (!dryRun)
                {
                    size = ExpiryBatchSizing.Next(job, batch.Count, time.GetElapsedTime(started));
                }

                finish.GetAwaiter().GetResult();
                finish = Task.Run(() => Finish(job, batch, dryRun, registry.RemovesFiles, tally), CancellationToken.None);
                done += batch.Count;
                progress?.Report($"{job.Name}: {done}/{found.Count} datasets");
            }

            finish.GetAwaiter().GetResult();
        }
        finally
        {
            // A cancelled or failed pass still finishes the batch whose rows are gone (its files, log lines and counts)
            // before it returns, and leaves no preparation running behind it.
            Task.WaitAll([finish.ContinueWith(_ => { }, TaskScheduler.Default), (prepare ?? Task.CompletedTask).ContinueWith(_ => { }, TaskScheduler.Default)], CancellationToken.None);
        }

        Task<ExpiryBatch> PrepareNext()
        {
            var chunk = new ExpiredDataset[Math.Min(size, found.Count - offset)];
            for (var i = 0; i < chunk.Length; i++)
            {
                chunk[i] = found[offset + i];
            }

            offset += chunk.Length;
            return Task.Run(() => Prepare(job, managed, chunk), CancellationToken.None);
        }
    }

    /// <summary>Keeps the datasets this OODS may remove (managed files, rows-only objects, no file) and looks up their sizes.</summary>
    private ExpiryBatch Prepare(CollectionExpiryJob job, ManagedPathCheck managed, ExpiredDataset[] chunk)
    {
        var datasets = new List<ExpiredDataset>(chunk.Length);
        var skipped = 0;
        foreach (var dataset in chunk)
        {
            if (dataset.File is null)
            {
                datasets.Add(dataset);
                continue;
            }

            var local = ManagedPaths.ToLocalPath(dataset.File);
            if (local is null && RowsOnly(job, dataset.File))
            {
                ExpiryLog.ObjectLeft(logger, job.Name, dataset.Id, dataset.File);
                datasets.Add(dataset with { File = null });
                continue;
            }

            if (local is null || managed.Owner(local) is null)
            {
                ExpiryLog.FileNotManaged(logger, job.Name, dataset.Id, dataset.File, string.Join(", ", job.ManagedDirectories));
                skipped++;
                continue;
            }

            datasets.Add(dataset with { File = local });
        }

        return new ExpiryBatch([.. datasets], [.. datasets.Select(d => d.File is { } f ? SizeOf(f) : -1)], skipped);
    }

    private bool Remove(CollectionExpiryJob job, IExpiryRegistry registry, ExpiryBatch batch)
    {
        try
        {
            registry.Remove(batch.Datasets);
            return true;
        }
        catch (RepositoryException e)
        {
            ExpiryLog.BatchFailed(logger, job.Name, batch.Datasets.Length, job.Repository.Directory, e.Message);
            return false;
        }
    }

    /// <summary>After the batch's rows are gone (or on a dry run): its files deleted, every dataset logged, the tally counted.</summary>
    /// <remarks>The only writer of the tally while the pass runs (finishing tasks run one after the other).</remarks>
    private void Finish(CollectionExpiryJob job, ExpiryBatch batch, bool dryRun, bool registryRemovesFiles, ExpiryTally tally)
    {
        tally.Skipped += batch.Skipped;
        var datasets = batch.Datasets;
        if (!batch.Removed)
        {
            tally.Failed += datasets.Length;
            return;
        }

        tally.Datasets += datasets.Length;
        for (var i = 0; i < datasets.Length; i++)
        {
            var dataset = datasets[i];
            var size = batch.Sizes[i];
            if (dryRun)
            {
                ExpiryLog.DatasetWouldBeRemoved(logger, job.Name, dataset.Id, dataset.DatasetType, dataset.Collection, dataset.File);
                Count(tally, size);
                continue;
            }

            if (dataset.File is { } file && size < 0)
            {
                ExpiryLog.FileMissing(logger, job.Name, file, dataset.Id);
                tally.Skipped++;
            }
            else if (dataset.File is null || registryRemovesFiles || DeleteFile(job, dataset.File, tally))
            {
                Count(tally, size);
            }

            ExpiryLog.DatasetRemoved(logger, job.Name, dataset.Id, dataset.DatasetType, dataset.Collection, dataset.File);
        }
    }
}
