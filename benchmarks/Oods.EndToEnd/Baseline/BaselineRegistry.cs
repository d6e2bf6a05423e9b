using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Oods.EndToEnd.Baseline;

/// <summary>
/// The same registry rows OODS writes for a raw in direct mode — day_obs, group, exposure, dataset, tag,
/// file record, location — into the real daf_butler schema, with raw SQL, one transaction per batch.
/// </summary>
/// <remarks>
/// Prepared statements reused for every row, no checks for conflicting existing rows and no foreign keys: the least
/// work, not a correct ingest.
/// </remarks>
internal sealed class BaselineRegistry : IDisposable
{
    private const string Formatter = "lsst.obs.lsst.rawFormatter.LsstCamRawFormatter";
    private static readonly Dictionary<(string, string), long> DetectorIds =
        Raws.LsstCamDetectors.All.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => (long)x.i);

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand[] _commands;

    /// <summary>Creates the registry file from the daf_butler schema.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="schemaSql">The schema's SQL text (the one OODS creates registries from).</param>
    public BaselineRegistry(string path, string schemaSql)
    {
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
        foreach (var sql in (string[])["PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=OFF", schemaSql])
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        _commands =
        [
            Prepare("INSERT OR IGNORE INTO day_obs (instrument, id) VALUES ('LSSTCam', $d)"),
            Prepare("INSERT OR IGNORE INTO \"group\" (instrument, name) VALUES ('LSSTCam', $g)"),
            Prepare(
                "INSERT OR IGNORE INTO exposure (instrument, id, day_obs, \"group\", physical_filter, obs_id, exposure_time, dark_time, observation_type, seq_num) " +
                "VALUES ('LSSTCam', $e, $d, $g, 'unknown', $g, $t, $k, $o, $s)"),
            Prepare("INSERT INTO dataset (id, dataset_type_id, ingest_date, run_id) VALUES ($id, 1, $n, 1)"),
            Prepare("INSERT INTO dataset_tags_00000001 (dataset_type_id, dataset_id, collection_id, instrument, detector, exposure) VALUES (1, $id, 1, 'LSSTCam', $det, $e)"),
            Prepare(
                "INSERT INTO file_datastore_records (dataset_id, path, formatter, storage_class, component, checksum, file_size) " +
                $"VALUES ($id, $p, '{Formatter}', 'Exposure', '__NULL_STRING__', NULL, $z)"),
            Prepare("INSERT INTO dataset_location (datastore_name, dataset_id) VALUES ('FileDatastore@<butlerRoot>', $id)"),
        ];
    }

    /// <summary>Inserts the rows of a batch of raws in one transaction.</summary>
    /// <param name="raws">Each raw's staged path, size and header values.</param>
    public void Insert(IReadOnlyList<(string Path, long Size, Dictionary<string, string> Header)> raws)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var command in _commands)
        {
            command.Transaction = transaction;
        }

        foreach (var (path, size, header) in raws)
        {
            var day = long.Parse(header["DAYOBS"], CultureInfo.InvariantCulture);
            var values = new Dictionary<string, object>
            {
                ["$d"] = day,
                ["$g"] = header["OBSID"],
                ["$e"] = (day * 100_000) + long.Parse(header["SEQNUM"], CultureInfo.InvariantCulture),
                ["$t"] = header.GetValueOrDefault("EXPTIME", "0"),
                ["$k"] = header.GetValueOrDefault("DARKTIME", "0"),
                ["$o"] = header.GetValueOrDefault("IMGTYPE", ""),
                ["$s"] = header["SEQNUM"],
                ["$id"] = Guid.NewGuid().ToString("N"),
                ["$n"] = DateTime.UtcNow.Ticks,
                ["$det"] = DetectorIds[(header["RAFTBAY"], header["CCDSLOT"])],
                ["$p"] = new Uri(path).AbsoluteUri,
                ["$z"] = size,
            };
            foreach (var command in _commands)
            {
                foreach (SqliteParameter parameter in command.Parameters)
                {
                    parameter.Value = values[parameter.ParameterName];
                }

                command.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-z]+").Select(m => m.Value).Distinct())
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }
}
