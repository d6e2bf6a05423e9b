using Npgsql;
using Oods.Butler.Gen3;
using Oods.Core.Instruments;

namespace Oods.Benchmarks.Gen3;

/// <summary>A PostgreSQL-backed repository for the benchmark (schema dropped afterwards).</summary>
internal static class Gen3BenchmarkPostgres
{
    private static string? _schema;

    /// <summary>The Npgsql connection string of the benchmark server (OODS_TEST_POSTGRES), if any.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable("OODS_TEST_POSTGRES");

    /// <summary>Creates a repository whose registry is a fresh schema on OODS_TEST_POSTGRES.</summary>
    public static Gen3Repository Create(string root, InstrumentDefinition instrument)
    {
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        var password = string.IsNullOrEmpty(b.Password) ? "" : ":" + Uri.EscapeDataString(b.Password);
        _schema = "oods_bench_" + Guid.NewGuid().ToString("N")[..12];
        return Gen3Repository.Create(root, instrument, $"postgresql://{Uri.EscapeDataString(b.Username ?? "postgres")}{password}@{b.Host}:{b.Port}/{b.Database}", _schema);
    }

    /// <summary>Drops the schema made by <see cref="Create"/>, if any.</summary>
    public static void Drop()
    {
        if (_schema is null)
        {
            return;
        }

        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE", connection);
        command.ExecuteNonQuery();
        _schema = null;
    }
}
