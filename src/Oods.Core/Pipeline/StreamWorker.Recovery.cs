namespace Oods.Core.Pipeline;

/// <summary>Finishing the batch a crash interrupted.</summary>
public sealed partial class StreamWorker
{
    /// <summary>
    /// Finishes the files of the in-flight manifest left by a previous run: those still in staging are ingested
    /// (re-ingesting a file already in a repository is a no-op) or quarantined; those still in landing are found by
    /// discovery; a half-done cross-filesystem copy is removed.
    /// </summary>
    private async Task RecoverAsync(List<RepositoryTarget> targets)
    {
        var left = _manifest.Read();

        // Rewritten (or deleted) before anything is appended, so a line a crash cut short cannot swallow the next one.
        _manifest.Restore(left);
        if (left.Count == 0)
        {
            return;
        }

        var claimed = new List<ClaimedFile>();
        foreach (var file in left)
        {
            var temporary = FileClaimer.TemporaryFor(file.Staged);
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            if (File.Exists(file.Staged))
            {
                if (File.Exists(file.Landing))
                {
                    // Crashed between the cross-filesystem copy and the unlink: the copy is complete.
                    File.Delete(file.Landing);
                }

                claimed.Add(new ClaimedFile(file.Landing, file.Staged, file.SeenTime, null));
            }
        }

        LogRecovering(_stream.Name, left.Count, claimed.Count);
        await FinishAsync(targets, ReadHeaders(left, claimed));
    }
}
