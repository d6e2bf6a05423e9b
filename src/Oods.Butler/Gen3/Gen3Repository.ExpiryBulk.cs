namespace Oods.Butler.Gen3;

/// <summary>Removing many datasets at once (the expiry feature's fast path).</summary>
public sealed partial class Gen3Repository
{
    /// <summary>Removes datasets and every row that refers to them, in one transaction, through a temporary id table.</summary>
    /// <param name="datasetIds">Dataset ids as <see cref="FindExpired"/> returns them.</param>
    /// <remarks>
    /// Same rows as <see cref="RemoveDatasets"/>, but the ids are inserted once into a temporary table by one
    /// statement prepared once and each table is cleared by one <c>DELETE … IN (SELECT …)</c>: re-preparing
    /// 500-parameter statements costs ~250 µs per dataset, this ~20 µs. A pass removing many batches keeps one
    /// <see cref="DatasetRemover"/> (<see cref="OpenRemover"/>) so connection, table list and statements are made once.
    /// The caller deletes the files (direct-mode files are not the registry's).
    /// </remarks>
    public void RemoveDatasetsInBulk(IReadOnlyList<string> datasetIds)
    {
        ArgumentNullException.ThrowIfNull(datasetIds);
        using var remover = OpenRemover();
        remover.Remove(datasetIds);
    }

    /// <summary>A remover for many batches of one pass (one connection, statements prepared once).</summary>
    /// <returns>The remover; dispose it.</returns>
    internal DatasetRemover OpenRemover() => new(Dialect);
}
