using Microsoft.Extensions.Logging;

namespace Oods.Core.Expiry;

/// <summary>One pass of a cache cleaner: old files (file roots only), then old empty directories, deepest first.</summary>
/// <remarks>
/// The tree is walked once and every candidate collected before anything is removed, with each directory's
/// age read before its contents go: removing a file touches its directory, and judging the directory after
/// that would keep it one more cycle (the Python OODS did). Symbolic links are leaves: never followed, a link
/// is removed only as an old file of a file root. Roots are never removed.
/// </remarks>
internal sealed class CacheCleaner(TimeProvider time, ILogger logger)
{
    /// <summary>Runs one pass.</summary>
    /// <param name="job">The job.</param>
    /// <param name="dryRun">Only log what would be removed.</param>
    /// <param name="progress">Progress lines for <c>oods expire</c>; null for none.</param>
    /// <param name="cancellationToken">Stops between roots.</param>
    /// <returns>What the pass did.</returns>
    public ExpiryTally Run(CacheExpiryJob job, bool dryRun, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var tally = new ExpiryTally();
        var now = time.GetUtcNow().UtcDateTime;
        var pass = new Pass(job, dryRun, now - job.FilesOlderThan, now - job.DirectoriesOlderThan, tally, logger);
        foreach (var (root, files) in job.FileRoots.Select(r => (r, true)).Concat(job.DirectoryRoots.Select(r => (r, false))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            pass.Clean(root, files);
            progress?.Report($"{job.Name}: {root} cleaned ({tally.Files} files, {tally.Directories} directories so far)");
        }

        return tally;
    }

    private sealed class Pass(CacheExpiryJob job, bool dryRun, DateTime filesBefore, DateTime directoriesBefore, ExpiryTally tally, ILogger logger)
    {
        private readonly List<FileSystemInfo> _files = [];
        private readonly List<(DirectoryInfo Directory, int Depth)> _directories = [];

        public void Clean(string root, bool files)
        {
            var top = new DirectoryInfo(root);
            if (!top.Exists)
            {
                ExpiryLog.RootMissing(logger, job.Name, root);
                return;
            }

            _files.Clear();
            _directories.Clear();
            Walk(top, 1, files);
            foreach (var file in _files)
            {
                RemoveFile(root, file);
            }

            foreach (var (directory, _) in _directories.OrderByDescending(d => d.Depth))
            {
                RemoveDirectory(root, directory);
            }
        }

        /// <summary>Collects candidates below <paramref name="directory"/>; true when everything in it is one.</summary>
        private bool Walk(DirectoryInfo directory, int depth, bool files)
        {
            FileSystemInfo[] entries;
            try
            {
                entries = directory.GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                ExpiryLog.ReadFailed(logger, job.Name, directory.FullName, e.Message);
                tally.Failed++;
                return false;
            }

            var empty = true;
            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub && entry.LinkTarget is null)
                {
                    if (Walk(sub, depth + 1, files) && sub.LastWriteTimeUtc < directoriesBefore)
                    {
                        _directories.Add((sub, depth));
                    }
                    else
                    {
                        empty = false;
                    }
                }
                else if (files && entry.LastWriteTimeUtc < filesBefore)
                {
                    _files.Add(entry);
                }
                else
                {
                    empty = false;
                }
            }

            return empty;
        }

        private void RemoveFile(string root, FileSystemInfo file)
        {
            if (!Safe(root, file.FullName))
            {
                return;
            }

            var size = file is FileInfo { LinkTarget: null } info ? info.Length : 0;
            if (dryRun)
            {
                ExpiryLog.WouldRemove(logger, job.Name, file.FullName);
            }
            else
            {
                try
                {
                    // File.Delete unlinks: for a symbolic link (to a file or a directory) only the link goes.
                    File.Delete(file.FullName);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    ExpiryLog.DeleteFailed(logger, job.Name, file.FullName, e.Message);
                    tally.Failed++;
                    return;
                }

                ExpiryLog.FileRemoved(logger, job.Name, file.FullName, size);
            }

            tally.Files++;
            tally.Bytes += size;
        }

        private void RemoveDirectory(string root, DirectoryInfo directory)
        {
            if (!Safe(root, directory.FullName))
            {
                return;
            }

            if (dryRun)
            {
                ExpiryLog.WouldRemove(logger, job.Name, directory.FullName);
                tally.Directories++;
                return;
            }

            try
            {
                // Not recursive: something that arrived since the walk keeps the directory.
                Directory.Delete(directory.FullName, recursive: false);
            }
            catch (IOException) when (Directory.Exists(directory.FullName))
            {
                ExpiryLog.DirectoryNoLongerEmpty(logger, job.Name, directory.FullName);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                ExpiryLog.DeleteFailed(logger, job.Name, directory.FullName, e.Message);
                tally.Failed++;
                return;
            }

            ExpiryLog.DirectoryRemoved(logger, job.Name, directory.FullName);
            tally.Directories++;
        }

        /// <summary>The last check before a removal: below the root, reached without a link (a directory may have been swapped for one).</summary>
        private bool Safe(string root, string path)
        {
            if (ManagedPaths.IsBelow(path, root) && !ManagedPaths.CrossesLink(path, root))
            {
                return true;
            }

            ExpiryLog.FileNotManaged(logger, job.Name, "-", path, root);
            tally.Skipped++;
            return false;
        }
    }
}
