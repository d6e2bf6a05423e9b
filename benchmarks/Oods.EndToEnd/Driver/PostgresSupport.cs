using System.Data.Common;
using System.Diagnostics;

namespace Oods.EndToEnd.Driver;

/// <summary>The PostgreSQL registry rows: a server, and an OODS that can create and ingest into a PostgreSQL registry.</summary>
internal static class PostgresSupport
{
    /// <summary>Why the PostgreSQL rows cannot run, or null when they can.</summary>
    /// <param name="connectionString">The server (Npgsql connection string), if any.</param>
    /// <param name="oodsDll">The built <c>oods.dll</c>.</param>
    /// <returns>The reason or null.</returns>
    public static string? WhyUnavailable(string? connectionString, string oodsDll)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return "no server (set OODS_TEST_POSTGRES, e.g. `source .ci/postgres.sh && start_postgres`, or pass --postgres)";
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[oodsDll, "repo", "create", "--help"])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var help = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return help.Contains("--registry", StringComparison.Ordinal) ? null : "this OODS cannot put a Gen3 registry in PostgreSQL (`oods repo create` has no --registry)";
    }

    /// <summary>The <c>postgresql://user@host:port/database</c> URL of an Npgsql connection string.</summary>
    /// <param name="connectionString">Host, Port, Username, Database (Password, if any, goes through PGPASSWORD).</param>
    /// <returns>The URL.</returns>
    public static string Url(string connectionString)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string Get(string key, string fallback) => parts.TryGetValue(key, out var value) ? value.ToString()! : fallback;
        return $"postgresql://{Get("Username", "postgres")}@{Get("Host", "127.0.0.1")}:{Get("Port", "5432")}/{Get("Database", "postgres")}";
    }
}
