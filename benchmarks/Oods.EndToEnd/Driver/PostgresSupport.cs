namespace Oods.EndToEnd.Driver;

/// <summary>Whether OODS can ingest into a PostgreSQL registry here.</summary>
internal static class PostgresSupport
{
    /// <summary>Why the PostgreSQL rows cannot run, or null when they can.</summary>
    /// <param name="connectionString">The server, if any.</param>
    /// <returns>The reason or null.</returns>
    public static string? WhyUnavailable(string? connectionString) =>
        connectionString is null
            ? "no server (set OODS_TEST_POSTGRES or pass --postgres); and OODS has no PostgreSQL ingest yet (PostgresRegistry only creates registries)"
            : "OODS has no PostgreSQL ingest yet (PostgresRegistry only creates registries)";
}
