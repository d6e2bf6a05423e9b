namespace Oods.Core.Expiry;

/// <summary>Expiry of old files and old empty directories under configured roots (a <c>cache_cleaner</c> block).</summary>
/// <param name="Name">The job's name in logs.</param>
/// <param name="Schedule">When its passes run.</param>
/// <param name="DryRun">Whether its passes only log what they would remove.</param>
/// <param name="FileRoots">Absolute, normalised roots whose old files and old empty directories go.</param>
/// <param name="DirectoryRoots">Absolute, normalised roots whose old empty directories (never files) go.</param>
/// <param name="FilesOlderThan">Age by modification time after which a file goes.</param>
/// <param name="DirectoriesOlderThan">Age by modification time after which an empty directory goes.</param>
public sealed record CacheExpiryJob(
    string Name,
    ExpirySchedule Schedule,
    bool DryRun,
    IReadOnlyList<string> FileRoots,
    IReadOnlyList<string> DirectoryRoots,
    TimeSpan FilesOlderThan,
    TimeSpan DirectoriesOlderThan) : ExpiryJob(Name, Schedule, DryRun);
