using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Oods.EndToEnd.Baseline;

/// <summary>
/// The same registry rows OODS writes for a raw in direct mode — day_obs, group, exposure, dataset, tag,
/// file record, location — into the real daf_butler schema, with raw SQL, one transaction per batch.
/// </summary>
/// <remarks>No checks for conflicting existing rows and no foreign keys: the least work, not a correct ingest.</remarks>
internal sealed class BaselineRegistry : IDisposable
{
    private const string Formatter = "lsst.obs.lsst.rawFormatter.LsstCamRawFormatter";
    private readonly SqliteConnection _connection;

    /// <summary>Creates the registry file from the daf_butler schema.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="schemaSql">The schema's SQL text (the one OODS creates registries from).</param>
    public BaselineRegistry(string path, string schemaSql)
    {
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL");
        Execute("PRAGMA synchronous=NORMAL");
        Execute("PRAGMA foreign_keys=OFF");
        Execute(schemaSql);
    }

    /// <summary>Inserts the rows of a batch of raws in one transaction.</summary>
    /// <param name="raws">Each raw's staged path, size and header values.</param>
    public void Insert(IReadOnlyList<(string Path, long Size, Dictionary<string, string> Header)> raws)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var (path, size, header) in raws)
        {
            var day = long.Parse(header["DAYOBS"], CultureInfo.InvariantCulture);
            var exposure = (day * 100_000) + long.Parse(header["SEQNUM"], CultureInfo.InvariantCulture);
            var detector = DetectorId(header["RAFTBAY"], header["CCDSLOT"]);
            var datasetId = Guid.NewGuid().ToString("N");
            Execute("INSERT OR IGNORE INTO day_obs (instrument, id) VALUES ('LSSTCam', $d)", ("$d", day));
            Execute("INSERT OR IGNORE INTO \"group\" (instrument, name) VALUES ('LSSTCam', $g)", ("$g", header["OBSID"]));
            Execute(
                "INSERT OR IGNORE INTO exposure (instrument, id, day_obs, \"group\", physical_filter, obs_id, exposure_time, dark_time, observation_type, seq_num) " +
                "VALUES ('LSSTCam', $e, $d, $g, 'unknown', $g, $t, $k, $o, $s)",
                ("$e", exposure), ("$d", day), ("$g", header["OBSID"]), ("$t", header.GetValueOrDefault("EXPTIME", "0")),
                ("$k", header.GetValueOrDefault("DARKTIME", "0")), ("$o", header.GetValueOrDefault("IMGTYPE", "")), ("$s", header["SEQNUM"]));
            Execute("INSERT INTO dataset (id, dataset_type_id, ingest_date, run_id) VALUES ($id, 1, $n, 1)", ("$id", datasetId), ("$n", DateTime.UtcNow.Ticks));
            Execute(
                "INSERT INTO dataset_tags_00000001 (dataset_type_id, dataset_id, collection_id, instrument, detector, exposure) VALUES (1, $id, 1, 'LSSTCam', $det, $e)",
                ("$id", datasetId), ("$det", detector), ("$e", exposure));
            Execute(
                "INSERT INTO file_datastore_records (dataset_id, path, formatter, storage_class, component, checksum, file_size) VALUES ($id, $p, $f, 'Exposure', '__NULL_STRING__', NULL, $z)",
                ("$id", datasetId), ("$p", new Uri(path).AbsoluteUri), ("$f", Formatter), ("$z", size));
            Execute("INSERT INTO dataset_location (datastore_name, dataset_id) VALUES ('FileDatastore@<butlerRoot>', $id)", ("$id", datasetId));
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private static long DetectorId(string raft, string slot) =>
        Raws.LsstCamDetectors.All.Select((d, i) => (d, i)).First(x => x.d.Raft == raft && x.d.Slot == slot).i;

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
