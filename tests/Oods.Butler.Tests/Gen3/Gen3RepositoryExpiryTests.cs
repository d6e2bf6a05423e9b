using Oods.Butler.Gen3;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

/// <summary>The expiry queries on an SQLite registry; the scenarios shared with PostgreSQL are <see cref="Gen3ExpiryScenarios"/>.</summary>
public sealed class Gen3RepositoryExpiryTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Gen3Backend _backend = Gen3Backend.Sqlite();

    public void Dispose()
    {
        _backend.Dispose();
        _temp.Dispose();
    }

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
    public Task FindExpired_OneDatasetTagged_ExcludedOnlyWhenAsked(bool excludeTagged, int expected) =>
        Gen3ExpiryScenarios.OneDatasetTaggedAsync(_backend, _temp, excludeTagged, expected);

    [Fact]
    public Task FindExpired_RecentDatasets_AreNotExpired() => Gen3ExpiryScenarios.RecentDatasetsAsync(_backend, _temp);

    [Fact]
    public Task RemoveDatasets_Expired_RemovesEveryRowAndReturnsAbsolutePaths() => Gen3ExpiryScenarios.RemoveDatasetsAsync(_backend, _temp);

    [Fact]
    public Task RemoveDatasetsInBulk_Expired_RemovesEveryRow() => Gen3ExpiryScenarios.RemoveInBulkAsync(_backend, _temp);

    [Fact]
    public async Task OpenRemover_TwoBatchesOnOneRemover_RemovesEveryRowOfBoth()
    {
        var repository = await Gen3ExpiryScenarios.TwoBatchesOnOneRemoverAsync(_backend, _temp);

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

    private Task<Gen3Repository> RepositoryWithThreeOldRawsAsync() => Gen3ExpiryScenarios.ThreeOldRawsAsync(_backend, _temp);
}
