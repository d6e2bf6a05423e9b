using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

public sealed class Gen3WriterConcurrencyTests
{
    [Fact]
    public async Task IngestAsync_TwoRepositoryInstancesInParallel_LoseNoRows()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("repo");
        Gen3Repository.Create(root, Gen3TestData.ComCam);
        const int Batches = 20;

        async Task Write(int writer)
        {
            var repository = Gen3Repository.Open(root);
            await using var sink = repository.CreateWriter(TransferMode.Direct);
            for (var b = 0; b < Batches; b++)
            {
                var exposure = 2024102700000 + (writer * 1000) + b;
                var batch = Enumerable.Range(0, 9)
                    .Select(d => new RawFile(Gen3TestData.WriteFile(temp.Combine($"in{writer}"), $"{exposure}_{d}.fits", size: 10), Gen3TestData.ComCamRaw(d, exposure)))
                    .ToList();
                var results = await Task.Run(() => sink.IngestAsync(batch, CancellationToken.None));
                Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));
            }
        }

        await Task.WhenAll(Write(1), Write(2));

        Assert.Equal(["360"], Gen3TestData.Rows(Path.Combine(root, Gen3Repository.RegistryFile), "SELECT count(*) FROM dataset"));
        Assert.Equal(["360"], Gen3TestData.Rows(Path.Combine(root, Gen3Repository.RegistryFile), "SELECT count(*) FROM file_datastore_records"));
        Assert.Equal(["40"], Gen3TestData.Rows(Path.Combine(root, Gen3Repository.RegistryFile), "SELECT count(*) FROM exposure"));
    }
}
