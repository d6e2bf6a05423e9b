using Npgsql;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen3;

/// <summary>
/// A Gen3 registry in a PostgreSQL schema: created from the same daf_butler 30.0.0 template as the SQLite one,
/// with the DDL translated by <see cref="PostgresDdl"/>.
/// </summary>
/// <remarks>Ingest into PostgreSQL registries is not implemented yet; this creates and registers instruments.</remarks>
public static class PostgresRegistry
{
    /// <summary>Creates the registry tables, attributes and (optionally) an instrument in <paramref name="schema"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="schema">The schema (butler.yaml <c>namespace:</c>); created if missing, and must hold no registry.</param>
    /// <param name="instrument">An instrument to register with its detectors and filters, if any.</param>
    /// <exception cref="RepositoryException">The server refused the statements.</exception>
    public static void Create(string connectionString, string schema, InstrumentDefinition? instrument)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var transaction = connection.BeginTransaction();
            Execute(connection, $"CREATE SCHEMA IF NOT EXISTS \"{schema}\"");
            Execute(connection, $"SET LOCAL search_path TO \"{schema}\"");
            foreach (var statement in Gen3Schema.FreshRegistry)
            {
                Execute(connection, PostgresDdl.Translate(statement));
            }

            foreach (var (name, value) in Gen3Schema.Attributes())
            {
                Execute(connection, "INSERT INTO butler_attributes (name, value) VALUES (@n, @v)", ("n", name), ("v", value));
            }

            if (instrument is not null)
            {
                RegisterInstrument(connection, instrument);
            }

            transaction.Commit();
        }
        catch (NpgsqlException e)
        {
            throw new RepositoryException($"cannot create a Gen3 registry in PostgreSQL schema {schema}: {e.Message}", e);
        }
    }

    private static void RegisterInstrument(NpgsqlConnection connection, InstrumentDefinition instrument)
    {
        Execute(
            connection,
            "INSERT INTO instrument (name, visit_max, visit_system, exposure_max, detector_max, class_name) VALUES (@n, @m, @s, @m, @d, @c) ON CONFLICT DO NOTHING",
            ("n", instrument.Name), ("m", instrument.ExposureMax), ("s", instrument.VisitSystem), ("d", Math.Max(instrument.DetectorMax, 1)), ("c", instrument.ClassName));
        foreach (var d in instrument.Detectors)
        {
            Execute(
                connection,
                "INSERT INTO detector (instrument, id, full_name, name_in_raft, raft, purpose) VALUES (@i, @id, @f, @n, @r, @p) ON CONFLICT DO NOTHING",
                ("i", d.Instrument), ("id", d.Id), ("f", d.FullName), ("n", d.NameInRaft), ("r", d.Raft), ("p", d.Purpose));
        }

        foreach (var f in instrument.PhysicalFilters)
        {
            Execute(connection, "INSERT INTO physical_filter (instrument, name, band) VALUES (@i, @n, @b) ON CONFLICT DO NOTHING", ("i", instrument.Name), ("n", f.Name), ("b", f.Band));
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
