using Oods.Core.Metadata;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen3;

/// <summary>The rows of one raw: dimension records, dataset, tag, file record, location.</summary>
internal sealed partial class Gen3Writer
{
    private static readonly long TaiMinusUtcNanoseconds = 37L * 1_000_000_000;

    private (string DatasetId, FilePlacement? FilePlacement) IngestOne(RawFile file)
    {
        var metadata = file.Metadata;
        var run = _runs[metadata.Instrument.Name];
        WriteDimensionRecords(metadata);
        var uuid = DatasetIds.Raw(run.Name, metadata.Instrument.Name, metadata.Exposure.Id, metadata.Detector.Id);
        var datasetId = DatasetIds.ToHex(uuid);
        var relative = _transfer == TransferMode.Direct ? null : RawFileTemplate.RelativePath(metadata, run.Name, file.Path);
        if (file.IsRemote && _transfer != TransferMode.Direct)
        {
            throw new IOException($"{file.Path}: a remote object can only be ingested with direct transfer");
        }

        var recordPath = relative ?? (file.IsRemote ? file.Path : new Uri(Path.GetFullPath(file.Path)).AbsoluteUri);
        if (ExistingDataset(run, metadata) is { } existing)
        {
            if (existing.Id == datasetId && (existing.Path == recordPath || !file.IsRemote) && IsSameFile(existing.Path, recordPath, file.Path))
            {
                return (datasetId, null);
            }

            throw new IngestConflictException(
                $"instrument={metadata.Instrument.Name} exposure={metadata.Exposure.Id} detector={metadata.Detector.Id} is already ingested in {run.Name} " +
                $"from {Resolve(existing.Path)}; refusing {file.Path}");
        }

        var size = file.Size ?? new FileInfo(file.Path).Length;
        var placement = relative is null ? null : FilePlacement.Place(_transfer, file.Path, Path.Combine(_repository.Root, relative));
        try
        {
            var now = DateTime.UtcNow;
            var ingestDate = _repository.Format.IngestDateIsNanoseconds ? ((now - DateTime.UnixEpoch).Ticks * 100) + TaiMinusUtcNanoseconds : _dialect.Timestamp(now);
            var id = _dialect.DatasetId(uuid);

            // One command of four statements: one round trip to PostgreSQL instead of four (SQLite runs them in turn).
            Run(
                "INSERT INTO dataset (id, dataset_type_id, ingest_date, run_id) VALUES (@id, @t, @d, @r); " +
                $"INSERT INTO {run.TagTable} (dataset_type_id, dataset_id, collection_id, instrument, detector, exposure) VALUES (@t, @id, @c, @i, @det, @e); " +
                "INSERT INTO file_datastore_records (dataset_id, path, formatter, storage_class, component, checksum, file_size) VALUES (@id, @p, @f, 'Exposure', '__NULL_STRING__', NULL, @s); " +
                "INSERT INTO dataset_location (datastore_name, dataset_id) VALUES (@n, @id)",
                ("@id", id),
                ("@t", run.DatasetTypeId),
                ("@d", ingestDate),
                ("@r", run.CollectionId),
                ("@c", run.CollectionId),
                ("@i", metadata.Instrument.Name),
                ("@det", metadata.Detector.Id),
                ("@e", metadata.Exposure.Id),
                ("@p", recordPath),
                ("@f", metadata.Instrument.FormatterClass),
                ("@s", size),
                ("@n", Gen3Repository.DatastoreName));
        }
        catch
        {
            placement?.Undo();
            throw;
        }

        return (datasetId, placement);
    }

    private (string Id, string Path)? ExistingDataset(RawRun run, RawMetadata metadata)
    {
        var command = Command(
            $"SELECT t.dataset_id, coalesce(f.path, '') FROM {run.TagTable} t LEFT JOIN file_datastore_records f ON f.dataset_id = t.dataset_id " +
            "WHERE t.dataset_type_id = @t AND t.collection_id = @c AND t.instrument = @i AND t.detector = @d AND t.exposure = @e",
            ("@t", run.DatasetTypeId), ("@c", run.CollectionId), ("@i", metadata.Instrument.Name), ("@d", metadata.Detector.Id), ("@e", metadata.Exposure.Id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (RegistryDialect.DatasetIdText(reader.GetValue(0)), reader.GetString(1)) : null;
    }

    /// <summary>Whether the recorded file is the one being ingested again (same URI for direct; same content for copies).</summary>
    private bool IsSameFile(string existingPath, string recordPath, string sourcePath)
    {
        if (existingPath == recordPath && _transfer == TransferMode.Direct)
        {
            return true;
        }

        var a = new FileInfo(Resolve(existingPath));
        if (a.LinkTarget is not null && a.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
        {
            a = target;
        }

        if (a.FullName == Path.GetFullPath(sourcePath))
        {
            return true;
        }

        var b = new FileInfo(sourcePath);
        if (!a.Exists || !b.Exists || a.Length != b.Length)
        {
            return false;
        }

        using var sa = a.OpenRead();
        using var sb = b.OpenRead();
        Span<byte> ba = stackalloc byte[8192];
        Span<byte> bb = stackalloc byte[8192];
        int n;
        while ((n = sa.ReadAtLeast(ba, ba.Length, throwOnEndOfStream: false)) > 0)
        {
            if (sb.ReadAtLeast(bb[..n], n, throwOnEndOfStream: false) != n || !ba[..n].SequenceEqual(bb[..n]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A record's path as a local file path (absolute URIs as they are, relative paths under the root).</summary>
    private string Resolve(string recordPath) =>
        Uri.TryCreate(recordPath, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : Path.GetFullPath(Path.Combine(_repository.Root, recordPath));
}
