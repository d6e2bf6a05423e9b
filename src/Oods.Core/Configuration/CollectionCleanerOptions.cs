namespace Oods.Core.Configuration;

/// <summary>The <c>collection_cleaner</c> block: which Butler datasets expire and how often the cleaner runs.</summary>
public sealed class CollectionCleanerOptions
{
    /// <summary>The rules, each naming collections and an age; required.</summary>
    public List<CollectionCleanupRule> CollectionsToClean { get; set; } = [];

    /// <summary>Time between cleaning passes; required.</summary>
    public TimeInterval CleaningInterval { get; set; } = TimeInterval.FromSeconds(3600);
}
