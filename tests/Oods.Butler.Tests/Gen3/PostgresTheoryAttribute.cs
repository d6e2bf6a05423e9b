namespace Oods.Butler.Tests.Gen3;

/// <summary>A theory that needs a real PostgreSQL server (OODS_TEST_POSTGRES); skipped without one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (string.IsNullOrEmpty(PostgresFactAttribute.ConnectionString))
        {
            Skip = "OODS_TEST_POSTGRES is not set: no PostgreSQL server to test against (set it to an Npgsql connection string)";
        }
    }
}
