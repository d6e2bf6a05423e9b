namespace Oods.Core.Expiry;

/// <summary>One registry transaction's worth of datasets of a collection-cleaner pass.</summary>
/// <param name="Datasets">The datasets to remove, their files as local paths (or none).</param>
/// <param name="Sizes">Each dataset's file size in bytes, looked up before the rows go; -1 when the file is missing or there is none.</param>
/// <param name="Skipped">Datasets of the chunk kept whole because their file lies outside the managed directories.</param>
internal sealed record ExpiryBatch(ExpiredDataset[] Datasets, long[] Sizes, int Skipped)
{
    /// <summary>The rows are gone (always true on a dry run); false when the registry refused the batch.</summary>
    public bool Removed { get; set; }

    /// <summary>The datasets of the chunk this batch was made from, kept and skipped.</summary>
    public int Count => Datasets.Length + Skipped;
}
