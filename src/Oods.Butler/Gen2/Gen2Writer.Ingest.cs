using System.Globalization;
using Microsoft.Data.Sqlite;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen2;

/// <summary>Ingest: rows as RegisterTask.addRow wrote them, files at the mapper's template.</summary>
public sealed partial class Gen2Writer
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<RepositoryResult>> IngestAsync(IReadOnlyList<RawFile> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Ingest(batch, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private List<RepositoryResult> Ingest(IReadOnlyList<RawFile> batch, CancellationToken cancellationToken)
    {
        var results = new List<RepositoryResult>(batch.Count);
        var placed = new List<FilePlacement>();
        var committed = false;
        try
        {
            using var transaction = BeginImmediate();
            var ingestTime = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            foreach (var file in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results.Add(IngestWithSavepoint(transaction, file, ingestTime, placed));
            }

            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            committed = true;
            return results;
        }
        catch (SqliteException ex)
        {
            throw new RepositoryException($"{Location}: the batch of {batch.Count} was not committed: {ex.Message}", ex);
        }
        finally
        {
            if (!committed)
            {
                UndoAll(placed);
            }
        }
    }

    private SqliteTransaction BeginImmediate()
    {
        try
        {
            return _connection.BeginTransaction(deferred: false);
        }
        catch (SqliteException ex)
        {
            throw new RepositoryException($"{Location}: the registry is locked or unwritable: {ex.Message}", ex);
        }
    }

    private RepositoryResult IngestWithSavepoint(SqliteTransaction transaction, RawFile file, string ingestTime, List<FilePlacement> placed)
    {
        const string Savepoint = "oods_file";
        transaction.Save(Savepoint);
        FilePlacement? placement = null;
        try
        {
            var (id, placedNow) = IngestOne(file, ingestTime);
            placement = placedNow;
            transaction.Release(Savepoint);
            if (placement is not null)
            {
                placed.Add(placement);
            }

            return new RepositoryResult(file, true, id.ToString(CultureInfo.InvariantCulture), null);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or RepositoryException or Gen2DuplicateException)
        {
            transaction.Rollback(Savepoint);
            transaction.Release(Savepoint);
            placement?.Undo();
            return new RepositoryResult(file, false, null, ex.Message);
        }
    }

    private (long Id, FilePlacement? Placement) IngestOne(RawFile file, string ingestTime)
    {
        var source = Path.GetFullPath(file.Path);
        var values = _mapper.RawColumns.Select(c => Gen2Values.Of(file.Metadata, c.Name)).ToArray();
        var target = TargetPath(_mapper.RelativePath(file.Metadata));
        var existing = FindExisting(values);
        if (existing is { } row)
        {
            // OODS's choice (docs/gen2-duplicates.md): the same file again is a no-op, another file is refused.
            return Gen2Files.Holds(target, source)
                ? (row, null)
                : throw new Gen2DuplicateException($"{source}: {DataIdText(values)} is already ingested as {target}, which is a different file");
        }

        FilePlacement? placement = null;
        if (Gen2Files.Exists(target))
        {
            if (!Gen2Files.Holds(target, source))
            {
                throw new Gen2DuplicateException($"{source}: {target} already exists in the repository and is a different file");
            }
        }
        else if (_mode != TransferMode.Skip)
        {
            placement = FilePlacement.Place(_mode == TransferMode.Link ? TransferMode.Symlink : _mode, source, target);
        }

        try
        {
            var id = InsertRows(values, ingestTime);
            return (id, placement);
        }
        catch
        {
            placement?.Undo();
            throw;
        }
    }

    private long? FindExisting(object[] values)
    {
        var where = string.Join(" AND ", _mapper.Unique.Select((c, i) => $"{c} = $p{i}"));
        using var command = Gen2Registry.Command(_connection, $"SELECT id FROM raw WHERE {where}", _mapper.Unique.Select(c => ValueOf(values, c)).ToArray());
        return command.ExecuteScalar() is long id ? id : null;
    }

    private long InsertRows(object[] values, string ingestTime)
    {
        var columns = _mapper.RawColumns;
        Gen2Registry.Execute(
            _connection,
            $"INSERT INTO raw ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})",
            values);
        using var last = Gen2Registry.Command(_connection, "SELECT last_insert_rowid()");
        var id = (long)last.ExecuteScalar()!;
        var visit = _mapper.VisitColumns;
        Gen2Registry.Execute(
            _connection,
            $"INSERT OR IGNORE INTO raw_visit VALUES ({string.Join(", ", visit.Select((_, i) => $"$p{i}"))})",
            visit.Select(c => ValueOf(values, c.Name)).ToArray());
        Gen2Registry.Execute(_connection, "INSERT OR REPLACE INTO oods_ingest (raw_id, ingest_time) VALUES ($p0, $p1)", id, ingestTime);
        return id;
    }

    private object ValueOf(object[] values, string column) =>
        values[_mapper.RawColumns.Select((c, i) => (c, i)).First(p => p.c.Name == column).i];

    private string DataIdText(object[] values) =>
        string.Join(", ", _mapper.Unique.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c}={ValueOf(values, c)}")));

    private static void UndoAll(List<FilePlacement> placed)
    {
        for (var i = placed.Count - 1; i >= 0; i--)
        {
            placed[i].Undo();
        }
    }
}
