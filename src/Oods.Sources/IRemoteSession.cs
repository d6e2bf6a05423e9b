namespace Oods.Sources;

/// <summary>A connection to a remote landing area (FTP or SFTP).</summary>
internal interface IRemoteSession : IAsyncDisposable
{
    /// <summary>Lists one remote directory (not recursive; no "." or "..").</summary>
    Task<IReadOnlyList<RemoteEntry>> ListAsync(string directory, CancellationToken cancellationToken);

    /// <summary>Copies a remote file into <paramref name="destination"/>; throws if the transfer did not complete.</summary>
    Task DownloadAsync(string path, Stream destination, CancellationToken cancellationToken);

    /// <summary>Deletes a remote file.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken);

    /// <summary>Renames a remote file, creating the target's directory if needed.</summary>
    Task MoveAsync(string path, string target, CancellationToken cancellationToken);
}
