namespace Oods.Sources;

/// <summary>A remote file already placed into landing whose remote delete or move is not yet done.</summary>
/// <param name="Path">Path relative to the remote directory ('/'-separated).</param>
/// <param name="Size">Size in bytes when fetched.</param>
/// <param name="Modified">Remote modification time when fetched, if known.</param>
internal sealed record FetchedFile(string Path, long Size, DateTimeOffset? Modified);
