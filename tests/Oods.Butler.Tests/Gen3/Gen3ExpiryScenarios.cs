using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

/// <summary>Expiry queries that must hold alike on every registry database (<see cref="Gen3Backend"/>).</summary>
internal static class Gen3ExpiryScenarios
{
    private static readonly string[] Tables = ["dataset", "dataset_tags_00000001", "file_datastore_records", "dataset_location"];

    /// <summary>Three LATISS raws (exposures 2021070100123–125) copied in, ingested 2026-11-28T11:08:27 TAI.</summary>
    public static async Task<Gen3Repository> ThreeOldRawsAsync(Gen3Backend backend, TempDirectory temp)
    {
        var repository = backend.Create(temp.Combine("repo"), Gen3TestData.Latiss);
        var files = Enumerable.Range(123, 3)
            .Select(n => new RawFile(Gen3TestData.WriteFile(temp.Combine("in"), $"{n}.fits"), Gen3TestData.GoldenLatiss(2021070100000 + n, n)))
            .ToArray();
        var results = await Gen3TestData.IngestAsync(repository, TransferMode.Copy, files);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));
        backend.Execute(repository, "UPDATE dataset SET ingest_date = 1795883307729153000");
        return repository;
    }

    /// <summary>A dataset a TAGGED collection holds is kept only with <c>exclude_tagged</c>.</summary>
    public static async Task OneDatasetTaggedAsync(Gen3Backend backend, TempDirectory temp, bool excludeTagged, int expected)
    {
        var repository = await ThreeOldRawsAsync(backend, temp);
        backend.Execute(
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

    /// <summary>Datasets ingested after the cut-off, or of another run, are not found.</summary>
    public static async Task RecentDatasetsAsync(Gen3Backend backend, TempDirectory temp)
    {
        var repository = await ThreeOldRawsAsync(backend, temp);
        backend.Execute(repository, "UPDATE dataset SET ingest_date = 1795883307729153000 + 10 * 86400000000000");
        Assert.Empty(repository.FindExpired(["LATISS/raw/all"], ["raw"], new DateTimeOffset(2026, 11, 28, 16, 0, 0, TimeSpan.Zero), excludeTagged: false));
        Assert.Empty(repository.FindExpired(["other/run"], ["raw"], DateTimeOffset.MaxValue, excludeTagged: false));
    }

    /// <summary><see cref="Gen3Repository.RemoveDatasets"/>: every row of the datasets gone, their files' absolute paths returned, dimensions kept.</summary>
    public static async Task RemoveDatasetsAsync(Gen3Backend backend, TempDirectory temp)
    {
        var repository = await ThreeOldRawsAsync(backend, temp);
        var expired = repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: false);

        var files = repository.RemoveDatasets([.. expired.Select(d => d.DatasetId)]);

        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.True(Path.IsPathRooted(f) && File.Exists(f), f));
        AssertRowsLeft(backend, repository, 0);
        Assert.Equal(["3"], backend.Rows(repository, "SELECT count(*) FROM exposure"));
    }

    /// <summary><see cref="Gen3Repository.RemoveDatasetsInBulk"/> removes exactly the datasets given.</summary>
    public static async Task RemoveInBulkAsync(Gen3Backend backend, TempDirectory temp)
    {
        var repository = await ThreeOldRawsAsync(backend, temp);
        var expired = repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: false);

        repository.RemoveDatasetsInBulk([.. expired.Take(2).Select(d => d.DatasetId)]);

        AssertRowsLeft(backend, repository, 1);
    }

    /// <summary>One remover, two batches (the second repeating an id of the first): both removed, the third dataset kept.</summary>
    /// <returns>The repository, for checks of one database only.</returns>
    public static async Task<Gen3Repository> TwoBatchesOnOneRemoverAsync(Gen3Backend backend, TempDirectory temp)
    {
        var repository = await ThreeOldRawsAsync(backend, temp);
        var ids = repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: false).Select(d => d.DatasetId).ToArray();

        using (var remover = repository.OpenRemover())
        {
            remover.Remove([ids[0]]);
            remover.Remove([ids[1], ids[0]]);
        }

        AssertRowsLeft(backend, repository, 1);
        Assert.Equal([ids[2]], repository.FindExpired(["LATISS/raw/all"], ["raw"], DateTimeOffset.UtcNow, excludeTagged: false).Select(d => d.DatasetId));
        return repository;
    }

    private static void AssertRowsLeft(Gen3Backend backend, Gen3Repository repository, int left)
    {
        foreach (var table in Tables)
        {
            Assert.Equal([left.ToString(System.Globalization.CultureInfo.InvariantCulture)], backend.Rows(repository, $"SELECT count(*) FROM {table}"));
        }
    }
}
