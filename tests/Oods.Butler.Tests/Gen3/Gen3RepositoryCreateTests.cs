using Microsoft.Data.Sqlite;
using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

public sealed class Gen3RepositoryCreateTests
{
    private static readonly string Reference = SharedData.Path("reference", "butler-universe");

    [Fact]
    public async Task Create_AfterOneIngest_SchemaEqualsTheDaf_butler30Dump()
    {
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Combine("repo"), Gen3TestData.Latiss);
        var raw = Gen3TestData.WriteFile(temp.Combine("in"), "raw.fits");
        var results = await Gen3TestData.IngestAsync(repository, TransferMode.Direct, new RawFile(raw, Gen3TestData.GoldenLatiss()));
        Assert.True(results[0].Succeeded, results[0].Reason);

        using var dump = new SqliteConnection("Data Source=:memory:");
        dump.Open();
        using (var load = dump.CreateCommand())
        {
            load.CommandText = File.ReadAllText(SharedData.Path("reference", "butler-schema", "gen3_daf_butler-30.0.0_universe7.sql"));
            load.ExecuteNonQuery();
        }

        using var created = new SqliteConnection($"Data Source={repository.RegistryPath};Mode=ReadOnly;Pooling=False");
        created.Open();
        Assert.Equal(SchemaDescription(dump), SchemaDescription(created));
    }

    [Fact]
    public void Create_Fresh_StoresAttributesAndButlerYamlVerbatim()
    {
        using var temp = new TempDirectory();
        var repository = Gen3Repository.Create(temp.Combine("repo"), null);

        Assert.Equal(File.ReadAllText(Path.Combine(Reference, "butler.yaml")), File.ReadAllText(temp.Combine("repo", "butler.yaml")));
        var attributes = Gen3TestData.Rows(repository.RegistryPath, "SELECT name || ' | ' || value FROM butler_attributes WHERE name <> 'config:dimensions.json' ORDER BY name");
        var expected = File.ReadAllLines(Path.Combine(Reference, "butler_attributes-30.0.0.txt")).Where(l => l.Contains(" | ", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, attributes.Order(StringComparer.Ordinal));
        var dimensions = Gen3TestData.Rows(repository.RegistryPath, "SELECT value FROM butler_attributes WHERE name = 'config:dimensions.json'");
        Assert.Equal(File.ReadAllText(Path.Combine(Reference, "dimensions-universe7.json")).TrimEnd('\n'), Assert.Single(dimensions));
        Assert.Empty(Gen3TestData.Rows(repository.RegistryPath, "SELECT name FROM sqlite_master WHERE name LIKE 'dataset_tags_%' OR name = 'file_datastore_records'"));
    }

    [Fact]
    public void Create_WithInstrument_RegistersInstrumentDetectorsAndFilters()
    {
        using var temp = new TempDirectory();
        var comCam = Gen3TestData.ComCam;
        var repository = Gen3Repository.Create(temp.Combine("repo"), comCam);
        repository.RegisterInstrument(comCam);

        Assert.Equal(["LSSTComCam|7050123199999|2|7050123199999|1000|lsst.obs.lsst.LsstComCam"], Gen3TestData.Rows(repository.RegistryPath, "SELECT * FROM instrument"));
        Assert.Contains("LSSTComCam|4|R22_S11|S11|R22|SCIENCE", Gen3TestData.Rows(repository.RegistryPath, "SELECT * FROM detector"));
        Assert.Equal(comCam.Detectors.Count, Gen3TestData.Rows(repository.RegistryPath, "SELECT * FROM detector").Count);
        Assert.Equal(comCam.PhysicalFilters.Count, Gen3TestData.Rows(repository.RegistryPath, "SELECT * FROM physical_filter").Count);
    }

    [Fact]
    public void Create_ExistingRepository_Throws()
    {
        using var temp = new TempDirectory();
        Gen3Repository.Create(temp.Path, null);
        Assert.Throws<RepositoryException>(() => Gen3Repository.Create(temp.Path, null));
    }

    /// <summary>Every table's columns, keys, foreign keys and indexes, as the pragmas report them.</summary>
    private static List<string> SchemaDescription(SqliteConnection connection)
    {
        var lines = new List<string>();
        var objects = Gen3TestData.Rows(connection, "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
        lines.AddRange(objects);
        foreach (var table in Gen3TestData.Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            var quoted = table.Replace("'", "''", StringComparison.Ordinal);
            lines.AddRange(Gen3TestData.Rows(connection, $"SELECT '{quoted}', cid, name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{quoted}')"));
            lines.AddRange(Gen3TestData.Rows(connection, $"SELECT '{quoted}', id, seq, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('{quoted}')"));
            foreach (var index in Gen3TestData.Rows(connection, $"SELECT name || '|' || \"unique\" || '|' || origin || '|' || partial FROM pragma_index_list('{quoted}') ORDER BY name"))
            {
                var name = index.Split('|')[0];
                lines.Add($"{table} index {index}");
                lines.AddRange(Gen3TestData.Rows(connection, $"SELECT '{name}', seqno, cid, name FROM pragma_index_info('{name}')"));
            }
        }

        lines.AddRange(Gen3TestData.Rows(connection, "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"));
        return lines;
    }
}
