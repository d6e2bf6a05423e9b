using Oods.Butler.Gen3;

namespace Oods.Butler.Tests.Gen3;

public sealed class PostgresDdlTests
{
    [Fact]
    public void Translate_AutoIncrementKey_BecomesBigSerial() =>
        Assert.Equal(
            "CREATE TABLE collection (\n\tcollection_id BIGSERIAL NOT NULL, \n\tname TEXT NOT NULL, \n\tPRIMARY KEY (collection_id)\n)",
            PostgresDdl.Translate("CREATE TABLE collection (\n\tcollection_id INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tPRIMARY KEY (collection_id)\n)"));

    [Fact]
    public void Translate_DatasetIdsAndFloats_BecomeUuidAndDoublePrecision() =>
        Assert.Equal(
            "CREATE TABLE t (\n\tdataset_id UUID NOT NULL, \n\tsky_angle DOUBLE PRECISION, \n\thas_simulated BOOLEAN, \n\tn BIGINT\n)",
            PostgresDdl.Translate("CREATE TABLE t (\n\tdataset_id CHAR(32) NOT NULL, \n\tsky_angle FLOAT, \n\thas_simulated BOOLEAN, \n\tn BIGINT\n)"));

    [Fact]
    public void Translate_TimestampDefault_LosesTheSqliteParentheses() =>
        Assert.Equal(
            "\tingest_date TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL, ",
            PostgresDdl.Translate("\tingest_date TIMESTAMP DEFAULT (CURRENT_TIMESTAMP) NOT NULL, "));

    [Fact]
    public void Translate_NamesAndIndexes_AreKept()
    {
        const string Index = "CREATE INDEX dataset_tags_00000001_fkidx_dataset_id ON dataset_tags_00000001 (dataset_id)";
        const string Constraint = "\tCONSTRAINT instrument_len_name CHECK (length(\"name\")<=32 AND length(\"name\")>=1), ";
        Assert.Equal(Index, PostgresDdl.Translate(Index));
        Assert.Equal(Constraint, PostgresDdl.Translate(Constraint));
        Assert.Equal("\tseq_num BIGINT NOT NULL, ", PostgresDdl.Translate("\tseq_num BIGINT NOT NULL, "));
    }

    [Fact]
    public void Translate_WholeUniverse7Dump_LeavesNoSqliteOnlyTypes()
    {
        var all = string.Join(";\n", Gen3Schema.FreshRegistry.Concat(Gen3Schema.FileDatastoreRecords).Concat(Gen3Schema.TagTable("dataset_tags_00000001")).Select(PostgresDdl.Translate));
        Assert.DoesNotMatch(@"\bCHAR\(32\)", all);
        Assert.DoesNotContain(" INTEGER ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("FLOAT", all, StringComparison.Ordinal);
        Assert.Equal(3, all.Split("BIGSERIAL").Length - 1);
    }
}
