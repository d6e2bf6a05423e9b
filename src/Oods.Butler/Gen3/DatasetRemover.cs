using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;

namespace Oods.Butler.Gen3;

/// <summary>
/// Removes datasets batch by batch on one connection, with every statement prepared once: the batch's ids go into
/// a temporary table and each table loses its rows by one <c>DELETE … IN (SELECT …)</c>, in one transaction per batch.
/// </summary>
/// <remarks>
/// The tables are found once per remover: a dataset's TAGGED and CALIBRATION rows live in the association tables
/// of its dataset type, which exist before the dataset does. A batch that fails drops the connection, so the next
/// batch starts on a fresh one (a PostgreSQL restart in the middle of a pass costs one batch, not the rest).
/// </remarks>
internal sealed class DatasetRemover : IDisposable
{
    private readonly RegistryDialect _dialect;
    private Session? _session;

    /// <summary>Creates a remover; the connection opens with the first batch.</summary>
    /// <param name="dialect">The registry.</param>
    public DatasetRemover(RegistryDialect dialect)
    {
        _dialect = dialect;
    }

    /// <summary>Removes the datasets and every row that refers to them, in one transaction.</summary>
    /// <param name="datasetIds">Dataset ids as the registry returned them (32 hex digits).</param>
    public void Remove(IReadOnlyList<string> datasetIds)
    {
        _session ??= new Session(_dialect);
        try
        {
            _session.Remove(datasetIds);
        }
        catch
        {
            _session.Dispose();
            _session = null;
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _session?.Dispose();
        _session = null;
    }

    /// <summary>
    /// The tables whose rows refer to datasets by <c>dataset_id</c>, each emptied of a dataset's rows before its
    /// <c>dataset</c> row goes: the TAGGED and CALIBRATION association tables that exist, the datastore records and
    /// the dataset locations.
    /// </summary>
    /// <param name="dialect">The registry.</param>
    /// <param name="connection">An open connection to it.</param>
    /// <returns>The table names.</returns>
    internal static List<string> ChildTables(RegistryDialect dialect, DbConnection connection)
    {
        var associations = RegistryCommands.Strings(connection, "SELECT DISTINCT tag_association_table FROM dataset_type UNION SELECT DISTINCT calibration_association_table FROM dataset_type WHERE calibration_association_table IS NOT NULL");
        return [.. associations.Where(t => dialect.TableExists(connection, t)), "file_datastore_records", "dataset_location", "dataset_location_trash"];
    }

    private sealed class Session : IDisposable
    {
        private readonly RegistryDialect _dialect;
        private readonly DbConnection _connection;
        private readonly DbCommand _insert;
        private readonly List<DbCommand> _deletes;
        private readonly DbCommand _clear;

        public Session(RegistryDialect dialect)
        {
            _dialect = dialect;
            _connection = dialect.Connect();
            try
            {
                if (dialect is SqliteDialect)
                {
                    // A 64 MB page cache keeps the indexes of a large registry in memory across the deletes of a batch.
                    RegistryCommands.Execute(_connection, "PRAGMA cache_size=-65536");
                }

                RegistryCommands.Execute(_connection, dialect.Ddl("CREATE TEMP TABLE IF NOT EXISTS oods_expiring (id CHAR(32) PRIMARY KEY)"));
                var tables = ChildTables(dialect, _connection);
                if (dialect is SqliteDialect)
                {
                    ForeignKeyChecksOffWhenMoot(tables);
                }

                _deletes = [.. tables.Select(t => RegistryCommands.Command(_connection, $"DELETE FROM {t} WHERE dataset_id IN (SELECT id FROM oods_expiring)"))];
                _deletes.Add(RegistryCommands.Command(_connection, "DELETE FROM dataset WHERE id IN (SELECT id FROM oods_expiring)"));
                _insert = RegistryCommands.Command(
                    _connection,
                    dialect is SqliteDialect
                        ? "INSERT INTO oods_expiring (id) SELECT value FROM json_each(@ids) WHERE true ON CONFLICT DO NOTHING"
                        : "INSERT INTO oods_expiring (id) SELECT unnest(@ids) ON CONFLICT DO NOTHING",
                    ("@ids", null));
                _clear = RegistryCommands.Command(_connection, "DELETE FROM oods_expiring");
            }
            catch
            {
                _connection.Dispose();
                throw;
            }
        }

        /// <summary>
        /// SQLite checks each deleted dataset row against every table whose foreign key names it (an index probe per
        /// table per row), though the tables emptied first hold no rows of the batch any more. When those are all the
        /// referencing tables, the checks can find nothing and are turned off for this connection; any other referencing
        /// table keeps them on, so its rule (refuse, or cascade) still applies and a refused batch fails as it should.
        /// </summary>
        private void ForeignKeyChecksOffWhenMoot(List<string> tables)
        {
            var others = RegistryCommands.Strings(_connection, "SELECT m.name FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = 'dataset'");
            if (others.TrueForAll(t => tables.Contains(t, StringComparer.Ordinal)))
            {
                RegistryCommands.Execute(_connection, "PRAGMA foreign_keys=OFF");
            }
        }

        public void Remove(IReadOnlyList<string> datasetIds)
        {
            using var transaction = _dialect.BeginWrite(_connection);
            Run(_clear, transaction);
            _insert.Parameters[0].Value = _dialect is SqliteDialect ? JsonArray(datasetIds) : datasetIds.Select(id => Guid.ParseExact(id, "N")).ToArray();
            Run(_insert, transaction);

            foreach (var delete in _deletes)
            {
                Run(delete, transaction);
            }

            Run(_clear, transaction);
            transaction.Commit();
        }

        public void Dispose()
        {
            _insert.Dispose();
            _clear.Dispose();
            foreach (var delete in _deletes)
            {
                delete.Dispose();
            }

            _connection.Dispose();
        }

        /// <summary>The ids as one JSON array: one statement inserts a batch (a prepared insert per id cost 1.2 s per million).</summary>
        /// <remarks>SQLite: the ids exactly as the registry stored them. PostgreSQL gets a uuid[] instead.</remarks>
        private static string JsonArray(IReadOnlyList<string> ids)
        {
            var buffer = new ArrayBufferWriter<byte>((ids.Count * 35) + 2);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartArray();
                foreach (var id in ids)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        private static void Run(DbCommand command, DbTransaction transaction)
        {
            command.Transaction = transaction;
            command.ExecuteNonQuery();
        }
    }
}
