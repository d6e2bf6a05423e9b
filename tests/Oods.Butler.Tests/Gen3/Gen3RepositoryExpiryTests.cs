using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

public sealed class Gen3RepositoryExpiryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("raw", 3)]
    [InlineData("r*", 3)]
    [InlineData("*", 3)]
    [InlineData("bias", 0)]
    [InlineData("raw*x", 0)]
    public async Task FindExpired_DatasetTypePattern_MatchesByWildcard(string pattern, int expected)
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        Assert.Equal(expected, repository.FindExpired(["LATISS/raw/all"], [pattern], DateTimeOffset.UtcNow, excludeTagged: false).Count);
    }

    [Fact]
    public async Task FindExpired_NoTaggedCollections_StillExpiresEverything()
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        Assert.Equal(3, repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: true).Count);
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 3)]
    public async Task FindExpired_OneDatasetTagged_ExcludedOnlyWhenAsked(bool excludeTagged, int expected)
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        Gen3TestData.Execute(
            repository.RegistryPath,
            "INSERT INTO collection (collection_id, name, type) VALUES (10, 'keep', 2); " +
            "INSERT INTO collection_summary_dataset_type VALUES (10, 1); INSERT INTO collection_summary_instrument VALUES (10, 'LATISS'); " +
            "INSERT INTO dataset_tags_00000001 SELECT dataset_type_id, dataset_id, 10, instrument, detector, exposure FROM dataset_tags_00000001 WHERE exposure = 2021070100123");

        var found = repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged);

        Assert.Equal(expected, found.Count);
        Assert.Equal(!excludeTagged, found.Any(d => d.DatasetId == "4472ee2749fd527181d4f754a447cc0b"));
    }

    [Fact]
    public async Task FindExpired_RecentDatasets_AreNotExpired()
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        Gen3TestData.Execute(repository.RegistryPath, "UPDATE dataset SET ingest_date = 1795883307729153000 + 10 * 86400000000000");
        Assert.Empty(repository.FindExpired(["LATISS/raw/all"], ["raw"], new DateTimeOffset(2026, 11, 28, 16, 0, 0, TimeSpan.Zero), excludeTagged: false));
        Assert.Empty(repository.FindExpired(["other/run"], ["raw"], DateTimeOffset.MaxValue, excludeTagged: false));
    }

    [Fact]
    public async Task RemoveDatasets_Expired_RemovesEveryRowAndReturnsAbsolutePaths()
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        var expired = repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: false);

        var files = repository.RemoveDatasets([.. expired.Select(d => d.DatasetId)]);

        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.True(Path.IsPathRooted(f) && File.Exists(f), f));
        foreach (var table in new[] { "dataset", "dataset_tags_00000001", "file_datastore_records", "dataset_location" })
        {
            Assert.Equal(["0"], Gen3TestData.Rows(repository.RegistryPath, $"SELECT count(*) FROM {table}"));
        }

        Assert.Equal(["3"], Gen3TestData.Rows(repository.RegistryPath, "SELECT count(*) FROM exposure"));
    }

    [Fact]
    public async Task OpenRemover_TwoBatchesOnOneRemover_RemovesEveryRowOfBoth()
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        var ids = repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: false).Select(d => d.DatasetId).ToArray();

        using (var remover = repository.OpenRemover())
        {
            remover.Remove([ids[0]]);
            remover.Remove([ids[1], ids[0]]);
        }

        foreach (var table in new[] { "dataset", "dataset_tags_00000001", "file_datastore_records", "dataset_location" })
        {
            Assert.Equal(["1"], Gen3TestData.Rows(repository.RegistryPath, $"SELECT count(*) FROM {table}"));
        }

        Assert.Equal([ids[2]], Gen3TestData.Rows(repository.RegistryPath, "SELECT id FROM dataset"));

        // The remover turns SQLite's foreign-key checks off when every referencing table is one it empties first:
        // nothing may refer to a removed dataset afterwards.
        Assert.Empty(Gen3TestData.Rows(repository.RegistryPath, "PRAGMA foreign_key_check"));
    }

    [Fact]
    public async Task OpenRemover_BatchFailsOnAReference_NothingOfItRemovedAndTheNextBatchWorks()
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        var ids = repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: false).Select(d => d.DatasetId).ToArray();
        Gen3TestData.Execute(repository.RegistryPath, $"CREATE TABLE other_reference (dataset_id CHAR(32) REFERENCES dataset (id)); INSERT INTO other_reference VALUES ('{ids[0]}')");
        using var remover = repository.OpenRemover();

        Assert.ThrowsAny<System.Data.Common.DbException>(() => remover.Remove([ids[1], ids[0]]));
        foreach (var table in new[] { "dataset", "dataset_tags_00000001", "file_datastore_records", "dataset_location" })
        {
            Assert.Equal(["3"], Gen3TestData.Rows(repository.RegistryPath, $"SELECT count(*) FROM {table}"));
        }

        remover.Remove([ids[1]]);
        Assert.Equal(["2"], Gen3TestData.Rows(repository.RegistryPath, "SELECT count(*) FROM dataset"));
    }

    private async Task<Gen3Repository> RepositoryWithThreeOldRawsAsync()
    {
        var repository = Gen3Repository.Create(_temp.Combine("repo"), Gen3TestData.Latiss);
        var files = Enumerable.Range(123, 3)
            .Select(n => new RawFile(Gen3TestData.WriteFile(_temp.Combine("in"), $"{n}.fits"), Gen3TestData.GoldenLatiss(2021070100000 + n, n)))
            .ToArray();
        var results = await Gen3TestData.IngestAsync(repository, TransferMode.Copy, files);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));
        Gen3TestData.Execute(repository.RegistryPath, "UPDATE dataset SET ingest_date = 1795883307729153000");
        return repository;
    }
}
