namespace Oods.Butler.Tests.Gen3;

/// <summary>A fact that needs a real PostgreSQL server (OODS_TEST_POSTGRES, an Npgsql connection string); skipped without one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(ConnectionString))
        {
            Skip = "OODS_TEST_POSTGRES is not set: no PostgreSQL server to test against (set it to an Npgsql connection string)";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable("OODS_TEST_POSTGRES");
}
