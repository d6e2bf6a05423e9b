namespace Oods.Sources.Ftp;

/// <summary>A remote landing area over FTP.</summary>
internal sealed class FtpSession(FtpClient client) : IRemoteSession
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<RemoteEntry>> ListAsync(string directory, CancellationToken cancellationToken) => client.ListAsync(directory, cancellationToken);

    /// <inheritdoc/>
    public Task DownloadAsync(string path, Stream destination, CancellationToken cancellationToken) => client.RetrieveAsync(path, destination, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync(string path, CancellationToken cancellationToken) => client.DeleteAsync(path, cancellationToken);

    /// <inheritdoc/>
    public async Task MoveAsync(string path, string target, CancellationToken cancellationToken)
    {
        var directory = RemotePath.DirectoryOf(target);
        if (directory.Length > 0)
        {
            await client.MakeDirectoryAsync(directory, cancellationToken).ConfigureAwait(false);
        }

        await client.RenameAsync(path, target, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => client.DisposeAsync();
}
