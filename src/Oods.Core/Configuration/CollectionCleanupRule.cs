namespace Oods.Core.Configuration;

/// <summary>One expiry rule: datasets in these collections older than the age are removed.</summary>
public sealed class CollectionCleanupRule
{
    /// <summary>Collection names; required.</summary>
    public List<string> Collections { get; set; } = [];

    /// <summary>Age (since ingest) after which a dataset expires; required.</summary>
    public TimeInterval FilesOlderThan { get; set; } = new();

    /// <summary>Dataset type names, <c>*</c> for all; default <c>["*"]</c>.</summary>
    public List<string> DatasetTypes { get; set; } = ["*"];

    /// <summary>Keep datasets that are also in any TAGGED collection; default true.</summary>
    public bool ExcludeTagged { get; set; } = true;
}
