namespace Oods.Core.Configuration;

/// <summary>The <c>cache_cleaner</c> block: old files and empty directories removed from directories OODS manages.</summary>
public sealed class CacheCleanerOptions
{
    /// <summary>Directories whose old files and old empty sub-directories are removed; default empty.</summary>
    public List<string> ClearEmptyDirectoriesAndOldFiles { get; set; } = [];

    /// <summary>Directories whose old empty sub-directories (never files) are removed; default empty.</summary>
    public List<string> ClearEmptyDirectories { get; set; } = [];

    /// <summary>Time between cleaning passes; default 1 hour.</summary>
    public TimeInterval CleaningInterval { get; set; } = TimeInterval.FromSeconds(3600);

    /// <summary>A cron expression (5 fields, UTC) for the passes instead of <c>cleaning_interval</c>; default empty = use the interval.</summary>
    public string CleaningSchedule { get; set; } = "";

    /// <summary>Log what would be removed and remove nothing; default false.</summary>
    public bool DryRun { get; set; }

    /// <summary>Age by modification time after which a file is removed; default 30 days.</summary>
    public TimeInterval FilesOlderThan { get; set; } = new() { Days = 30 };

    /// <summary>Age after which an empty directory is removed; default 2 days.</summary>
    public TimeInterval DirectoriesEmptyForMoreThan { get; set; } = new() { Days = 2 };
}
