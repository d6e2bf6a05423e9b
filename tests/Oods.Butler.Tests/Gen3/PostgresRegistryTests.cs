using Npgsql;
using Oods.Butler.Gen3;

namespace Oods.Butler.Tests.Gen3;

public sealed class PostgresRegistryTests
{
    [PostgresFact]
    public void Create_FreshSchema_HasTheTemplateTablesTypesAndInstrument()
    {
        var schema = "oods_test_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            PostgresRegistry.Create(PostgresFactAttribute.ConnectionString!, schema, Gen3TestData.ComCam);
            PostgresRegistry.Create(PostgresFactAttribute.ConnectionString!, schema + "_b", Gen3TestData.Latiss);

            var expectedTables = Gen3Schema.FreshRegistry.Count(s => s.StartsWith("CREATE TABLE", StringComparison.Ordinal));
            Assert.Equal(expectedTables.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar($"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}'"));
            Assert.Equal("uuid", Scalar($"SELECT data_type FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name = 'dataset' AND column_name = 'id'"));
            Assert.Equal("bigint", Scalar($"SELECT data_type FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name = 'dataset' AND column_name = 'ingest_date'"));
            Assert.Equal("double precision", Scalar($"SELECT data_type FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name = 'exposure' AND column_name = 'sky_angle'"));
            Assert.StartsWith("nextval", Scalar($"SELECT column_default FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name = 'collection' AND column_name = 'collection_id'"), StringComparison.Ordinal);
            Assert.Equal("1", Scalar($"SELECT count(*) FROM pg_indexes WHERE schemaname = '{schema}' AND indexname = 'exposure_fkidx_instrument_day_obs'"));
            Assert.Equal("9", Scalar($"SELECT count(*) FROM \"{schema}\".detector"));
            Assert.Equal("LSSTComCam|lsst.obs.lsst.LsstComCam", Scalar($"SELECT name || '|' || class_name FROM \"{schema}\".instrument"));
        }
        finally
        {
            Scalar($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE; DROP SCHEMA IF EXISTS \"{schema}_b\" CASCADE; SELECT ''");
        }
    }

    private static string Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
