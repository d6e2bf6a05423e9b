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
        using (var transaction = _connection.BeginTransaction())
        {
            EnsureFileRecordsTable();
            foreach (var instrument in missing)
            {
                InstrumentRegistration.Register(_connection, instrument);
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
        var collectionId = Scalar("SELECT collection_id FROM collection WHERE name = $n", ("$n", instrument.RawRun));
        if (collectionId is null)
        {
            Gen3Repository.Execute(_connection, "INSERT INTO collection (name, type, doc) VALUES ($n, 1, NULL)", ("$n", instrument.RawRun));
            collectionId = Scalar("SELECT last_insert_rowid()");
            Gen3Repository.Execute(_connection, "INSERT INTO run (collection_id) VALUES ($c)", ("$c", collectionId));
        }

        Gen3Repository.Execute(_connection, "INSERT OR IGNORE INTO collection_summary_dataset_type (collection_id, dataset_type_id) VALUES ($c, $t)", ("$c", collectionId), ("$t", datasetTypeId));
        Gen3Repository.Execute(_connection, "INSERT OR IGNORE INTO collection_summary_instrument (collection_id, instrument) VALUES ($c, $i)", ("$c", collectionId), ("$i", instrument.Name));
        return new RawRun(instrument.RawRun, collectionId!.Value, datasetTypeId, tagTable);
    }

    private (long Id, string TagTable) EnsureRawDatasetType()
    {
        using (var query = _connection.CreateCommand())
        {
            query.CommandText = "SELECT id, tag_association_table FROM dataset_type WHERE name = 'raw'";
            using var reader = query.ExecuteReader();
            if (reader.Read())
            {
                return (reader.GetInt64(0), reader.GetString(1));
            }
        }

        var key = Scalar(
            "SELECT dimension_graph_id FROM dimension_graph_definition GROUP BY dimension_graph_id " +
            "HAVING count(*) = 3 AND sum(dimension_name IN ('detector', 'exposure', 'instrument')) = 3");
        if (key is null)
        {
            Gen3Repository.Execute(_connection, "INSERT INTO dimension_graph_key DEFAULT VALUES");
            key = Scalar("SELECT last_insert_rowid()");
            foreach (var dimension in RawDimensions)
            {
                Gen3Repository.Execute(_connection, "INSERT INTO dimension_graph_definition (dimension_graph_id, dimension_name) VALUES ($k, $d)", ("$k", key), ("$d", dimension));
            }
        }

        var tagTable = $"dataset_tags_{key:D8}";
        if (Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $t", ("$t", tagTable)) == 0)
        {
            foreach (var statement in Gen3Schema.TagTable(tagTable))
            {
                Gen3Repository.Execute(_connection, statement);
            }
        }

        Gen3Repository.Execute(
            _connection,
            "INSERT INTO dataset_type (name, storage_class, dimensions_key, tag_association_table, calibration_association_table) VALUES ('raw', 'Exposure', $k, $t, NULL)",
            ("$k", key),
            ("$t", tagTable));
        return (Scalar("SELECT last_insert_rowid()")!.Value, tagTable);
    }

    private void EnsureFileRecordsTable()
    {
        if (Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'file_datastore_records'") == 0)
        {
            foreach (var statement in Gen3Schema.FileDatastoreRecords)
            {
                Gen3Repository.Execute(_connection, statement);
            }
        }

        Gen3Repository.Execute(_connection, "INSERT OR IGNORE INTO opaque_meta (table_name) VALUES ('file_datastore_records')");
    }

    private long? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
