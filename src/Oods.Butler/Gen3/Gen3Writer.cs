using Microsoft.Data.Sqlite;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen3;

/// <summary>
/// Ingests batches of raws into a Gen3 SQLite registry, one transaction per batch, writing exactly the rows
/// daf_butler's RawIngestTask writes (butler.md §3.4, §3.9).
/// </summary>
/// <remarks>
/// Per-file failures (a conflicting exposure record, another file already ingested for the data ID, a file
/// that cannot be placed) roll back to a per-file savepoint, so the rest of the batch still commits.
/// </remarks>
internal sealed partial class Gen3Writer : IRepositoryWriter
{
    private readonly Gen3Repository _repository;
    private readonly TransferMode _transfer;
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, RawRun> _runs = new(StringComparer.Ordinal);

    public Gen3Writer(Gen3Repository repository, TransferMode transfer)
    {
        _repository = repository;
        _transfer = transfer;
        _connection = Gen3Repository.Connect(repository.RegistryPath);
    }

    public string Location => $"gen3:{_repository.Root}";

    public Task<IReadOnlyList<RepositoryResult>> IngestAsync(IReadOnlyList<RawFile> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Prepare(batch);
            return Task.FromResult<IReadOnlyList<RepositoryResult>>(IngestBatch(batch));
        }
        catch (SqliteException e)
        {
            throw new RepositoryException($"{Location}: the registry refused the batch: {e.Message}", e);
        }
    }

    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private List<RepositoryResult> IngestBatch(IReadOnlyList<RawFile> batch)
    {
        var results = new List<RepositoryResult>(batch.Count);
        var placed = new List<Placement>();
        using var transaction = _connection.BeginTransaction();
        foreach (var file in batch)
        {
            transaction.Save("raw");
            try
            {
                var (datasetId, placement) = IngestOne(transaction, file);
                transaction.Release("raw");
                if (placement is not null)
                {
                    placed.Add(placement);
                }

                results.Add(new RepositoryResult(file, true, datasetId, null));
            }
            catch (Exception e) when (e is IngestConflictException or IOException or UnauthorizedAccessException || (e is SqliteException s && !IsBusy(s)))
            {
                transaction.Rollback("raw");
                results.Add(new RepositoryResult(file, false, null, e.Message));
            }
        }

        try
        {
            transaction.Commit();
        }
        catch
        {
            foreach (var placement in placed)
            {
                placement.Undo();
            }

            throw;
        }

        return results;
    }

    private static bool IsBusy(SqliteException e) => e.SqliteErrorCode is 5 or 6;
}
