namespace Oods.Core.Repositories;

/// <summary>A Butler repository that raws are ingested into (Gen3 or Gen2).</summary>
public interface IRepositoryWriter : IAsyncDisposable
{
    /// <summary>Where the repository is, for logs and outcomes (e.g. <c>gen3:/repo/LATISS</c>).</summary>
    string Location { get; }

    /// <summary>Ingests a batch in one transaction; per-file failures are results, not exceptions.</summary>
    /// <param name="batch">The files.</param>
    /// <param name="cancellationToken">Stops the work before the transaction commits.</param>
    /// <returns>One result per file, in the batch's order.</returns>
    /// <exception cref="RepositoryException">The repository as a whole cannot be written.</exception>
    Task<IReadOnlyList<RepositoryResult>> IngestAsync(IReadOnlyList<RawFile> batch, CancellationToken cancellationToken);
}
