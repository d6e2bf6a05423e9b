using Renci.SshNet;

namespace Oods.Sources.Sftp;

/// <summary>A remote landing area over SFTP (SSH.NET).</summary>
internal sealed class SftpSession(SftpClient client) : IRemoteSession
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<RemoteEntry>> ListAsync(string directory, CancellationToken cancellationToken)
    {
        var entries = new List<RemoteEntry>();
        await foreach (var file in client.ListDirectoryAsync(directory, cancellationToken).ConfigureAwait(false))
        {
            if (file.Name is "." or ".." || !(file.IsRegularFile || file.IsDirectory))
            {
                continue;
            }

            entries.Add(new RemoteEntry(file.Name, file.IsDirectory, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero)));
        }

        return entries;
    }

    /// <inheritdoc/>
    public Task DownloadAsync(string path, Stream destination, CancellationToken cancellationToken) => client.DownloadFileAsync(path, destination, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync(string path, CancellationToken cancellationToken) => client.DeleteFileAsync(path, cancellationToken);

    /// <inheritdoc/>
    public async Task MoveAsync(string path, string target, CancellationToken cancellationToken)
    {
        var directory = RemotePath.DirectoryOf(target);
        if (directory.Length > 0 && !await client.ExistsAsync(directory, cancellationToken).ConfigureAwait(false))
        {
            await client.CreateDirectoryAsync(directory, cancellationToken).ConfigureAwait(false);
        }

        await client.RenameFileAsync(path, target, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
