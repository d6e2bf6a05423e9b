namespace Oods.Core.Expiry;

/// <summary>A repository's registry as expiry sees it: find old datasets, remove their rows.</summary>
public interface IExpiryRegistry : IDisposable
{
    /// <summary>Whether <see cref="Remove"/> also deletes the datasets' files (Gen2), so the cleaner must not.</summary>
    bool RemovesFiles { get; }

    /// <summary>Whether a collection exists (repositories without collections say true).</summary>
    /// <param name="name">The collection name.</param>
    /// <returns>True when it exists.</returns>
    bool HasCollection(string name);

    /// <summary>Datasets of the collections and dataset types ingested strictly before <paramref name="before"/>.</summary>
    /// <param name="collections">Existing collection names.</param>
    /// <param name="datasetTypes">Dataset type patterns (<c>*</c> matches any run of characters).</param>
    /// <param name="before">The cut-off.</param>
    /// <param name="excludeTagged">Keep datasets any TAGGED collection holds.</param>
    /// <returns>The datasets.</returns>
    IReadOnlyList<ExpiredDataset> FindExpired(IReadOnlyCollection<string> collections, IReadOnlyCollection<string> datasetTypes, DateTimeOffset before, bool excludeTagged);

    /// <summary>Removes the datasets' rows in one transaction (and their files when <see cref="RemovesFiles"/>).</summary>
    /// <param name="datasets">Datasets from <see cref="FindExpired"/>.</param>
    /// <exception cref="Repositories.RepositoryException">Nothing was removed.</exception>
    void Remove(IReadOnlyList<ExpiredDataset> datasets);
}
