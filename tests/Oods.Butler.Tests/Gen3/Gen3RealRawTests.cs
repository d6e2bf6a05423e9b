using System.Globalization;
using Microsoft.Data.Sqlite;
using Oods.Butler.Gen3;
using Oods.Core.Metadata;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

/// <summary>Real raws ingested by OODS give the exposure, detector and physical_filter rows the real registry holds.</summary>
public sealed class Gen3RealRawTests
{
    public static TheoryData<string, string> Raws => new()
    {
        { "comCam", "comCam/raw/2019-05-30/3019053000001/3019053000001-R22-S00-det000.fits" },
        { "latiss", "latiss/raw/2018-09-20/3018092000065-det000.fits" },
    };

    [Theory]
    [MemberData(nameof(Raws))]
    public async Task IngestAsync_RealRawIntoSqlite_RowsEqualTheRealRegistry(string registry, string raw)
    {
        using var backend = Gen3Backend.Sqlite();
        await AssertRowsEqualRealRegistryAsync(backend, registry, raw);
    }

    [PostgresTheory]
    [MemberData(nameof(Raws))]
    public async Task IngestAsync_RealRawIntoPostgres_RowsEqualTheRealRegistry(string registry, string raw)
    {
        using var backend = Gen3Backend.Postgres();
        await AssertRowsEqualRealRegistryAsync(backend, registry, raw);
    }

    private static async Task AssertRowsEqualRealRegistryAsync(Gen3Backend backend, string registry, string raw)
    {
        using var temp = new TempDirectory();
        var path = SharedData.Path("data", "obs_lsst", "gen3", raw);
        var metadata = RawHeaderReader.Read(path);
        var repository = backend.Create(temp.Combine("repo"), metadata.Instrument);
        var result = Assert.Single(await Gen3TestData.IngestAsync(repository, TransferMode.Direct, new RawFile(path, metadata)));
        Assert.True(result.Succeeded, result.Reason);

        using var real = new SqliteConnection($"Data Source={SharedData.Path("data", "obs_lsst", "gen3", registry, "gen3.sqlite3")};Mode=ReadOnly;Pooling=False");
        real.Open();
        var expected = Named(real, "SELECT * FROM exposure");
        var actual = Named(backend, repository, $"SELECT * FROM exposure WHERE id = {metadata.Exposure.Id}");
        foreach (var (column, value) in expected.Where(c => c.Key != "group_id"))
        {
            var ours = actual[column == "group_name" ? "group" : column];
            if (column.StartsWith("timespan", StringComparison.Ordinal))
            {
                Assert.InRange(long.Parse(ours, CultureInfo.InvariantCulture) - long.Parse(value, CultureInfo.InvariantCulture), -10_000, 10_000);
            }
            else
            {
                Assert.True(Same(value, ours), $"exposure.{column}: registry {value}, OODS {ours}");
            }
        }

        var detector = Gen3TestData.Rows(real, "SELECT t.detector FROM dataset_tags_00000001 t JOIN dataset_type d ON d.id = t.dataset_type_id WHERE d.name = 'raw'").Single();
        Assert.Equal(Gen3TestData.Rows(real, $"SELECT * FROM detector WHERE id = {detector}"), backend.Rows(repository, $"SELECT * FROM detector WHERE id = {detector}"));
        var filter = $"SELECT * FROM physical_filter WHERE name = '{expected["physical_filter"]}'";
        Assert.Equal(Gen3TestData.Rows(real, filter), backend.Rows(repository, filter));
    }

    private static bool Same(string registry, string ours) =>
        registry == ours || (double.TryParse(registry, CultureInfo.InvariantCulture, out var a) && double.TryParse(ours, CultureInfo.InvariantCulture, out var b) && Math.Abs(a - b) < 1e-9);

    private static Dictionary<string, string> Named(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), sql);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var values = Gen3TestData.Rows(connection, sql).Single().Split('|');
        return names.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Named(Gen3Backend backend, Gen3Repository repository, string sql)
    {
        var columns = backend.Schema is null
            ? Gen3TestData.Rows(repository.RegistryPath, "SELECT name FROM pragma_table_info('exposure')")
            : backend.Rows(repository, $"SELECT column_name FROM information_schema.columns WHERE table_schema = '{backend.Schema}' AND table_name = 'exposure' ORDER BY ordinal_position");
        var values = backend.Rows(repository, sql).Single().Split('|');
        return columns.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }
}
