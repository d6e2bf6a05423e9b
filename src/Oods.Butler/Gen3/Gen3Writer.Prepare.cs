using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen3;

/// <summary>Registry rows every raw needs before the first one is written: instrument, dataset type, RUN, tables.</summary>
internal sealed partial class Gen3Writer
{
    private static readonly string[] RawDimensions = ["detector", "exposure", "instrument"];

    /// <summary>Commits, in its own transaction, whatever the batch's instruments still lack.</summary>
    private void Prepare(IReadOnlyList<RawFile> batch)
    {
        var missing = batch.Select(f => f.Metadata.Instrument).Where(i => !_runs.ContainsKey(i.Name)).DistinctBy(i => i.Name).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var prepared = new List<RawRun>();
        using (var transaction = _dialect.BeginWrite(_connection))
        {
            _dialect.LockForPreparation(_connection);
            EnsureFileRecordsTable();
            foreach (var instrument in missing)
            {
                InstrumentRegistration.Register(_dialect, _connection, instrument);
                prepared.Add(EnsureRun(instrument));
            }

            transaction.Commit();
        }

        foreach (var (instrument, run) in missing.Zip(prepared))
        {
            _runs[instrument.Name] = run;
        }
    }

    private RawRun EnsureRun(InstrumentDefinition instrument)
    {
        var (datasetTypeId, tagTable) = EnsureRawDatasetType();
        var collectionId = Scalar("SELECT collection_id FROM collection WHERE name = @n", ("@n", instrument.RawRun));
        if (collectionId is null)
        {
            collectionId = Scalar("INSERT INTO collection (name, type, doc) VALUES (@n, 1, NULL) RETURNING collection_id", ("@n", instrument.RawRun));
            Execute("INSERT INTO run (collection_id) VALUES (@c)", ("@c", collectionId));
        }

        Execute("INSERT INTO collection_summary_dataset_type (collection_id, dataset_type_id) VALUES (@c, @t) ON CONFLICT DO NOTHING", ("@c", collectionId), ("@t", datasetTypeId));
        Execute("INSERT INTO collection_summary_instrument (collection_id, instrument) VALUES (@c, @i) ON CONFLICT DO NOTHING", ("@c", collectionId), ("@i", instrument.Name));
        return new RawRun(instrument.RawRun, collectionId!.Value, datasetTypeId, tagTable);
    }

    private (long Id, string TagTable) EnsureRawDatasetType()
    {
        using (var query = RegistryCommands.Command(_connection, "SELECT id, tag_association_table FROM dataset_type WHERE name = 'raw'"))
        {
            using var reader = query.ExecuteReader();
            if (reader.Read())
            {
                return (reader.GetInt64(0), reader.GetString(1));
            }
        }

        var key = Scalar(
            "SELECT dimension_graph_id FROM dimension_graph_definition GROUP BY dimension_graph_id " +
            "HAVING count(*) = 3 AND sum(CASE WHEN dimension_name IN ('detector', 'exposure', 'instrument') THEN 1 ELSE 0 END) = 3");
        if (key is null)
        {
            key = Scalar("INSERT INTO dimension_graph_key DEFAULT VALUES RETURNING id");
            foreach (var dimension in RawDimensions)
            {
                Execute("INSERT INTO dimension_graph_definition (dimension_graph_id, dimension_name) VALUES (@k, @d)", ("@k", key), ("@d", dimension));
            }
        }

        var tagTable = $"dataset_tags_{key:D8}";
        if (!_dialect.TableExists(_connection, tagTable))
        {
            foreach (var statement in Gen3Schema.TagTable(tagTable))
            {
                Execute(_dialect.Ddl(statement));
            }
        }

        var id = Scalar(
            "INSERT INTO dataset_type (name, storage_class, dimensions_key, tag_association_table, calibration_association_table) VALUES ('raw', 'Exposure', @k, @t, NULL) RETURNING id",
            ("@k", key),
            ("@t", tagTable));
        return (id!.Value, tagTable);
    }

    private void EnsureFileRecordsTable()
    {
        if (!_dialect.TableExists(_connection, "file_datastore_records"))
        {
            foreach (var statement in Gen3Schema.FileDatastoreRecords)
            {
                Execute(_dialect.Ddl(statement));
            }
        }

        Execute("INSERT INTO opaque_meta (table_name) VALUES ('file_datastore_records') ON CONFLICT DO NOTHING");
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters) => RegistryCommands.Execute(_connection, sql, parameters);

    private long? Scalar(string sql, params (string Name, object? Value)[] parameters) => RegistryCommands.Scalar(_connection, sql, parameters);
}
