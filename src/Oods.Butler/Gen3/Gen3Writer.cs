using System.Data.Common;
using Oods.Core.Metadata;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen3;

/// <summary>
/// Ingests batches of raws into a Gen3 registry (SQLite or PostgreSQL, see <see cref="RegistryDialect"/>), one transaction per batch, writing exactly the rows
/// daf_butler's RawIngestTask writes (butler.md §3.4, §3.9).
/// </summary>
/// <remarks>
/// A batch is first written in one go. When a file fails (a conflicting exposure record, another file already
/// ingested for the data ID, a file that cannot be placed), it is rolled back and written again with a savepoint per
/// file, so the failing file is rolled back alone and the rest of the batch still commits.
/// </remarks>
internal sealed partial class Gen3Writer : IRepositoryWriter
{
    private const int BusyAttempts = 5;

    private readonly Gen3Repository _repository;
    private readonly TransferMode _transfer;
    private readonly RegistryDialect _dialect;
    private readonly DbConnection _connection;
    private readonly Dictionary<string, RawRun> _runs = new(StringComparer.Ordinal);

    public Gen3Writer(Gen3Repository repository, TransferMode transfer)
    {
        _repository = repository;
        _transfer = transfer;
        _dialect = repository.Dialect;
        _connection = _dialect.Connect();
    }

    public string Location => $"gen3:{_repository.Root}";

    public Task<IReadOnlyList<RepositoryResult>> IngestAsync(IReadOnlyList<RawFile> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    Prepare(batch);
                    return Task.FromResult<IReadOnlyList<RepositoryResult>>(IngestBatch(batch));
                }
                catch (DbException e) when (_dialect.IsTransient(e) && attempt < BusyAttempts)
                {
                    // Another writer held the registry past the busy timeout, or won a race: the batch rolled back whole, so run it again.
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (DbException e)
        {
            throw new RepositoryException($"{Location}: the registry refused the batch: {e.Message}", e);
        }
    }

    public ValueTask DisposeAsync()
    {
        DisposeCommands();
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private List<RepositoryResult> IngestBatch(IReadOnlyList<RawFile> batch) =>
        batch.Count > 1 && IngestAll(batch) is { } results ? results : IngestEach(batch);

    /// <summary>
    /// The whole batch without savepoints (each costs statements, and on PostgreSQL round trips); null, with
    /// everything rolled back, when a file fails, so that <see cref="IngestEach"/> can find which.
    /// </summary>
    private List<RepositoryResult>? IngestAll(IReadOnlyList<RawFile> batch)
    {
        var results = new List<RepositoryResult>(batch.Count);
        var placed = new List<FilePlacement>();
        using var transaction = _dialect.BeginWrite(_connection);
        _transaction = transaction;
        try
        {
            foreach (var file in batch)
            {
                var (datasetId, placement) = IngestOne(file);
                if (placement is not null)
                {
                    placed.Add(placement);
                }

                results.Add(new RepositoryResult(file, true, datasetId, null));
            }

            transaction.Commit();
            _knownExposures.UnionWith(batch.Select(f => f.Metadata.Exposure));
            return results;
        }
        catch (Exception e) when (IsFileFailure(e))
        {
            transaction.Rollback();
            Undo(placed);
            return null;
        }
        catch
        {
            Undo(placed);
            throw;
        }
        finally
        {
            _transaction = null;
        }
    }

    /// <summary>The batch with a savepoint per file: a file's failure rolls back only its own rows and placed file.</summary>
    private List<RepositoryResult> IngestEach(IReadOnlyList<RawFile> batch)
    {
        var results = new List<RepositoryResult>(batch.Count);
        var placed = new List<FilePlacement>();
        var written = new List<ExposureRecord>();
        using var transaction = _dialect.BeginWrite(_connection);
        _transaction = transaction;
        try
        {
            foreach (var file in batch)
            {
                results.Add(IngestWithSavepoint(transaction, file, placed, written));
            }

            transaction.Commit();
            _knownExposures.UnionWith(written);
            return results;
        }
        catch
        {
            Undo(placed);
            throw;
        }
        finally
        {
            _transaction = null;
        }
    }

    private static void Undo(List<FilePlacement> placed)
    {
        foreach (var placement in placed)
        {
            placement.Undo();
        }
    }

    /// <summary>Whether an error belongs to one file (the rest of its batch can still be ingested).</summary>
    private bool IsFileFailure(Exception e) =>
        e is IngestConflictException or IOException or UnauthorizedAccessException || (e is DbException s && !_dialect.IsTransient(s));

    /// <summary>One file inside a savepoint: its own failure rolls back only its rows and its placed file.</summary>
    private RepositoryResult IngestWithSavepoint(DbTransaction transaction, RawFile file, List<FilePlacement> placed, List<ExposureRecord> written)
    {
        transaction.Save("raw");
        try
        {
            var (datasetId, placement) = IngestOne(file);
            transaction.Release("raw");
            written.Add(file.Metadata.Exposure);
            if (placement is not null)
            {
                placed.Add(placement);
            }

            return new RepositoryResult(file, true, datasetId, null);
        }
        catch (Exception e) when (IsFileFailure(e))
        {
            transaction.Rollback("raw");
            return new RepositoryResult(file, false, null, e.Message);
        }
    }
}
