using Npgsql;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen3;

/// <summary>
/// A Gen3 registry in a PostgreSQL schema without a repository directory: created from the same daf_butler 30.0.0
/// template as the SQLite one, with the DDL translated by <see cref="PostgresDdl"/>.
/// </summary>
/// <remarks>A repository whose butler.yaml points at such a registry is opened, and ingested into, by <see cref="Gen3Repository"/>.</remarks>
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
            Gen3Repository.CreateRegistry(new PostgresDialect(connectionString, schema), instrument);
        }
        catch (NpgsqlException e)
        {
            throw new RepositoryException($"cannot create a Gen3 registry in PostgreSQL schema {schema}: {e.Message}", e);
        }
    }
}
