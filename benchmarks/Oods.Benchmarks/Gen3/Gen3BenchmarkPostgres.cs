using Oods.Butler.Gen3;
using Oods.Core.Instruments;

namespace Oods.Benchmarks.Gen3;

/// <summary>A PostgreSQL-backed repository for the benchmark (schema dropped afterwards).</summary>
internal static class Gen3BenchmarkPostgres
{
    /// <summary>Creates a repository whose registry is a fresh schema on OODS_TEST_POSTGRES.</summary>
    public static Gen3Repository Create(string root, InstrumentDefinition instrument) =>
        throw new NotSupportedException($"PostgreSQL registries are not implemented yet ({root}, {instrument.Name})");

    /// <summary>Drops the schema made by <see cref="Create"/>, if any.</summary>
    public static void Drop()
    {
    }
}
