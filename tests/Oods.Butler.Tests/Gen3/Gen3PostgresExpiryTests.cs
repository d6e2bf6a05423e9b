using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

/// <summary>The expiry queries on a PostgreSQL registry (native uuid ids, BIGINT ns-TAI ingest_date).</summary>
public sealed class Gen3PostgresExpiryTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Gen3Backend _backend = Gen3Backend.Postgres();

    public void Dispose()
    {
        _backend.Dispose();
        _temp.Dispose();
    }

    [PostgresTheory]
    [InlineData(true, 2)]
    [InlineData(false, 3)]
    public async Task FindExpired_OneDatasetTagged_ExcludedOnlyWhenAsked(bool excludeTagged, int expected)
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        _backend.Execute(
            repository,
            "INSERT INTO collection (name, type) VALUES ('keep', 2); " +
            "INSERT INTO collection_summary_dataset_type SELECT collection_id, 1 FROM collection WHERE name = 'keep'; " +
            "INSERT INTO collection_summary_instrument SELECT collection_id, 'LATISS' FROM collection WHERE name = 'keep'; " +
            "INSERT INTO dataset_tags_00000001 SELECT dataset_type_id, dataset_id, (SELECT collection_id FROM collection WHERE name = 'keep'), instrument, detector, exposure " +
            "FROM dataset_tags_00000001 WHERE exposure = 2021070100123");

        var found = repository.FindExpired(["LATISS/raw/all"], ["r*"], DateTimeOffset.UtcNow, excludeTagged);

        Assert.Equal(expected, found.Count);
        Assert.Equal(!excludeTagged, found.Any(d => d.DatasetId == "4472ee2749fd527181d4f754a447cc0b"));
        Assert.All(found, d => Assert.Equal(("raw", "LATISS/raw/all"), (d.DatasetType, d.Run)));
    }

    [PostgresFact]
    public async Task FindExpired_RecentDatasets_AreNotExpired()
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        Assert.Empty(repository.FindExpired(["LATISS/raw/all"], ["raw"], new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), excludeTagged: false));
        Assert.Empty(repository.FindExpired(["other/run"], ["raw"], DateTimeOffset.MaxValue, excludeTagged: false));
    }

    [PostgresFact]
    public async Task RemoveDatasets_Expired_RemovesEveryRowAndReturnsAbsolutePaths()
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        var expired = repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: false);

        var files = repository.RemoveDatasets([.. expired.Select(d => d.DatasetId)]);

        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.True(Path.IsPathRooted(f) && File.Exists(f), f));
        foreach (var table in new[] { "dataset", "dataset_tags_00000001", "file_datastore_records", "dataset_location" })
        {
            Assert.Equal(["0"], _backend.Rows(repository, $"SELECT count(*) FROM {table}"));
        }

        Assert.Equal(["3"], _backend.Rows(repository, "SELECT count(*) FROM exposure"));
    }

    [PostgresFact]
    public async Task RemoveDatasetsInBulk_Expired_RemovesEveryRow()
    {
        var repository = await RepositoryWithThreeOldRawsAsync();
        var expired = repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: false);

        repository.RemoveDatasetsInBulk([.. expired.Take(2).Select(d => d.DatasetId)]);

        foreach (var table in new[] { "dataset", "dataset_tags_00000001", "file_datastore_records", "dataset_location" })
        {
            Assert.Equal(["1"], _backend.Rows(repository, $"SELECT count(*) FROM {table}"));
        }
    }

    [PostgresFact]
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
            Assert.Equal(["1"], _backend.Rows(repository, $"SELECT count(*) FROM {table}"));
        }

        Assert.Equal([ids[2]], repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: false).Select(d => d.DatasetId));
    }

    private async Task<Gen3Repository> RepositoryWithThreeOldRawsAsync()
    {
        var repository = _backend.Create(_temp.Combine("repo"), Gen3TestData.Latiss);
        var files = Enumerable.Range(123, 3)
            .Select(n => new RawFile(Gen3TestData.WriteFile(_temp.Combine("in"), $"{n}.fits"), Gen3TestData.GoldenLatiss(2021070100000 + n, n)))
            .ToArray();
        var results = await Gen3TestData.IngestAsync(repository, TransferMode.Copy, files);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));

        // 2026-11-28T11:08:27 TAI: older than now, newer than 2026-11-01.
        _backend.Execute(repository, "UPDATE dataset SET ingest_date = 1795883307729153000");
        return repository;
    }
}
