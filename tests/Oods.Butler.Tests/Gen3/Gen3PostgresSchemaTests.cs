using Npgsql;
using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

/// <summary>
/// The PostgreSQL registry OODS creates equals the daf_butler 30.0.0 universe-7 dump. No PostgreSQL dump of a real
/// repository is among the references, so the reference is the SQLite dump loaded into a second schema through the
/// documented type mapping (<see cref="PostgresDdl"/>); the comparison covers tables, columns, types, defaults, every
/// constraint and every index, including the tables created on first ingest.
/// </summary>
public sealed class Gen3PostgresSchemaTests
{
    [PostgresFact]
    public async Task Create_AfterOneIngest_SchemaEqualsTheDaf_butler30Dump()
    {
        using var temp = new TempDirectory();
        using var created = Gen3Backend.Postgres();
        using var reference = Gen3Backend.Postgres();
        var repository = created.Create(temp.Combine("repo"), Gen3TestData.Latiss);
        var results = await Gen3TestData.IngestAsync(repository, TransferMode.Direct, new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), "raw.fits"), Gen3TestData.GoldenLatiss()));
        Assert.True(results[0].Succeeded, results[0].Reason);

        using (var connection = reference.Connect())
        {
            Run(connection, $"CREATE SCHEMA \"{reference.Schema}\"");
            var dump = File.ReadAllText(SharedData.Path("reference", "butler-schema", "gen3_daf_butler-30.0.0_universe7.sql"));
            var statements = string.Join('\n', dump.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal)))
                .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => s.TrimEnd(';'))
                .Where(s => s.Length > 0)
                .ToList();
            Assert.True(statements.Count > 50, "the dump has its statements");
            foreach (var statement in statements)
            {
                Run(connection, PostgresDdl.Translate(statement));
            }
        }

        var expected = Describe(reference);
        Assert.Contains(expected, l => l.StartsWith("column|dataset|id|", StringComparison.Ordinal) && l.Contains("|uuid|", StringComparison.Ordinal));
        Assert.Equal(expected, Describe(created));
    }

    private static List<string> Describe(Gen3Backend backend)
    {
        var schema = backend.Schema!;
        using var connection = backend.Connect();
        var lines = new List<string>();
        lines.AddRange(Rows(connection, $"SELECT 'column', table_name, column_name, ordinal_position, data_type, character_maximum_length, is_nullable, column_default FROM information_schema.columns WHERE table_schema = '{schema}' ORDER BY table_name, ordinal_position"));
        lines.AddRange(Rows(connection, $"SELECT 'constraint', conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = '{schema}'::regnamespace ORDER BY 2, 3"));
        lines.AddRange(Rows(connection, $"SELECT 'index', tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = '{schema}' ORDER BY 2, 3"));
        return [.. lines.Select(l => l.Replace(schema + ".", "", StringComparison.Ordinal))];
    }

    private static List<string> Rows(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static void Run(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
