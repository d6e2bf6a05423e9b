namespace Oods.Core.Configuration;

/// <summary>The <c>collection_cleaner</c> block: which Butler datasets expire and how often the cleaner runs.</summary>
public sealed class CollectionCleanerOptions
{
    /// <summary>The rules, each naming collections and an age; required.</summary>
    public List<CollectionCleanupRule> CollectionsToClean { get; set; } = [];

    /// <summary>Time between cleaning passes; required.</summary>
    public TimeInterval CleaningInterval { get; set; } = TimeInterval.FromSeconds(3600);

    /// <summary>A cron expression (5 fields, UTC) for the passes instead of <c>cleaning_interval</c>; default empty = use the interval.</summary>
    public string CleaningSchedule { get; set; } = "";

    /// <summary>Log what would be removed and remove nothing; default false.</summary>
    public bool DryRun { get; set; }
}
