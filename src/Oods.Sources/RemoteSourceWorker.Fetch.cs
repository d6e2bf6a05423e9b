using Oods.Core.Observability;

namespace Oods.Sources;

/// <summary>Listing, fetching and the remote removal.</summary>
internal sealed partial class RemoteSourceWorker
{
    private async Task ListAsync(IRemoteSession session, string relativeDirectory, List<(string, RemoteEntry)> files, CancellationToken cancellationToken)
    {
        var directory = RemotePath.Join(settings.RemoteDirectory, relativeDirectory);
        foreach (var entry in await session.ListAsync(directory, cancellationToken).ConfigureAwait(false))
        {
            if (!SafeName(entry.Name))
            {
                continue;
            }

            var relative = relativeDirectory.Length == 0 ? entry.Name : relativeDirectory + "/" + entry.Name;
            if (entry.IsDirectory)
            {
                var full = RemotePath.Join(settings.RemoteDirectory, relative);
                if (settings.Recursive && !(settings.MoveAfterFetch && SameRemote(full, settings.MoveTo)))
                {
                    await ListAsync(session, relative, files, cancellationToken).ConfigureAwait(false);
                }
            }
            else if (settings.FileNameFilter.IsMatch(entry.Name))
            {
                files.Add((relative, entry));
            }
        }
    }

    /// <summary>Downloads one file to <c>.name.part</c> in landing, flushes it, records it, renames it into place.</summary>
    /// <returns>False when the transfer failed (the partial file is removed; the file is fetched again on a later poll).</returns>
    private async Task<bool> FetchAsync(IRemoteSession session, string relative, RemoteEntry entry, CancellationToken cancellationToken)
    {
        var remote = RemotePath.Join(settings.RemoteDirectory, relative);
        var local = LocalPath(relative);
        var partial = PartialPath(local);
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        try
        {
            long length;
            var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None);
            await using (stream.ConfigureAwait(false))
            {
                await session.DownloadAsync(remote, stream, cancellationToken).ConfigureAwait(false);
                length = stream.Length;
                if (entry.Size >= 0 && length != entry.Size)
                {
                    throw new IOException($"the transfer ended after {length} of {entry.Size} bytes");
                }

                stream.Flush(flushToDisk: true);
            }

            _state!.Add(new FetchedFile(relative, entry.Size, entry.Modified));
            File.Move(partial, local, overwrite: false);
            LogFetched(settings.Stream, remote, local, length);
            OodsMetrics.SourceFetched(settings.Stream, settings.Kind);
            _fetchFailures.Remove(relative);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            TryDelete(partial);
            if (_state!.WasFetched(relative, entry.Size, entry.Modified) && !File.Exists(local))
            {
                _state.Remove(relative);
            }

            LogFetchFailed(settings.Stream, remote, e);
            OodsMetrics.SourceFailed(settings.Stream, settings.Kind);
            FetchFailed(relative, remote, e);
            return false;
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
    }

    /// <summary>After a restart: a recorded file whose <c>.part</c> copy is complete but was not yet renamed is renamed now.</summary>
    private void FinishPlacing(string relative)
    {
        var local = LocalPath(relative);
        var partial = PartialPath(local);
        if (File.Exists(partial) && !File.Exists(local))
        {
            var bytes = new FileInfo(partial).Length;
            var remote = RemotePath.Join(settings.RemoteDirectory, relative);
            File.Move(partial, local, overwrite: false);
            LogFetched(settings.Stream, remote, local, bytes);
        }
    }

    private async Task AfterFetchAsync(IRemoteSession session, string relative, CancellationToken cancellationToken)
    {
        var remote = RemotePath.Join(settings.RemoteDirectory, relative);
        try
        {
            if (settings.MoveAfterFetch)
            {
                await session.MoveAsync(remote, RemotePath.Join(settings.MoveTo, relative), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await session.DeleteAsync(remote, cancellationToken).ConfigureAwait(false);
            }

            _state!.Remove(relative);
            _removeFailuresJournaled.Remove(relative);
            LogRemoved(settings.Stream, remote, settings.MoveAfterFetch ? "moved" : "deleted");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Kept in the state: the next poll does not fetch the file again, it only retries this.
            LogAfterFetchFailed(settings.Stream, remote, settings.MoveAfterFetch ? "move" : "delete", e);
            RemoveFailed(relative, remote, e);
        }
    }

    private string LocalPath(string relative) => Path.Combine(settings.LandingDirectory, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string PartialPath(string local) => Path.Combine(Path.GetDirectoryName(local)!, "." + Path.GetFileName(local) + ".part");

    private static bool SafeName(string name) =>
        name.Length > 0 && name[0] != '.' && !name.Contains('/', StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal)
        && !name.EndsWith('~') && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    private static bool SameRemote(string a, string b) =>
        string.Equals(a.Trim('/').Replace("./", "", StringComparison.Ordinal), b.Trim('/').Replace("./", "", StringComparison.Ordinal), StringComparison.Ordinal);

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogFetchFailed(settings.Stream, path, e);
        }
    }
}
