using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

/// <summary>One PostgreSQL registry shared by several writers, as several streams of one OODS share it.</summary>
public sealed class Gen3PostgresConcurrencyTests
{
    [PostgresFact]
    public async Task IngestAsync_ThreeWritersSameExposuresDifferentDetectors_LoseNoRows()
    {
        using var temp = new TempDirectory();
        using var backend = Gen3Backend.Postgres();
        var root = temp.Combine("repo");

        // No instrument yet: the writers race to register it, create the RUN, dataset type and tag table.
        backend.Create(root, null);
        const int Exposures = 20;

        async Task Write(int writer)
        {
            var repository = Gen3Repository.Open(root);
            await using var sink = repository.CreateWriter(TransferMode.Direct);
            for (var e = 0; e < Exposures; e++)
            {
                var exposure = 2024102700100 + e;
                var batch = Enumerable.Range(0, 9).Where(d => d % 3 == writer)
                    .Select(d => new RawFile(Gen3TestData.WriteFile(temp.Combine($"in{writer}"), $"{exposure}_{d}.fits", size: 10), Gen3TestData.ComCamRaw(d, exposure)))
                    .ToList();
                var results = await Task.Run(() => sink.IngestAsync(batch, CancellationToken.None));
                Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));
            }
        }

        await Task.WhenAll(Write(0), Write(1), Write(2));

        var check = Gen3Repository.Open(root);
        Assert.Equal(["180"], backend.Rows(check, "SELECT count(*) FROM dataset"));
        Assert.Equal(["180"], backend.Rows(check, "SELECT count(*) FROM file_datastore_records"));
        Assert.Equal(["180"], backend.Rows(check, "SELECT count(*) FROM dataset_tags_00000001"));
        Assert.Equal(["20"], backend.Rows(check, "SELECT count(*) FROM exposure"));
        Assert.Equal(["1|1"], backend.Rows(check, "SELECT count(*), count(DISTINCT tag_association_table) FROM dataset_type"));
        Assert.Equal(["1"], backend.Rows(check, "SELECT count(*) FROM collection"));
    }
}
