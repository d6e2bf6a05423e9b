namespace Oods.Sources;

/// <summary>One entry of a remote directory listing.</summary>
/// <param name="Name">The entry's name (no directory).</param>
/// <param name="IsDirectory">Whether it is a directory.</param>
/// <param name="Size">Size in bytes (-1 when the server did not say).</param>
/// <param name="Modified">Last modification time, when the server gave one.</param>
internal sealed record RemoteEntry(string Name, bool IsDirectory, long Size, DateTimeOffset? Modified);
