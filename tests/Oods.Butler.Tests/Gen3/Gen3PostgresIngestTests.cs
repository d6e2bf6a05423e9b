using Oods.Butler.Gen3;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

/// <summary>Ingest into a repository whose butler.yaml names a PostgreSQL registry (db: postgresql://…, namespace: …).</summary>
public sealed class Gen3PostgresIngestTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Gen3Backend _backend = Gen3Backend.Postgres();

    public void Dispose()
    {
        _backend.Dispose();
        _temp.Dispose();
    }

    [PostgresFact]
    public void Create_WritesButlerYamlNamingTheServerAndNamespace_AndOpenReadsTheManagerVersions()
    {
        _backend.Create(_temp.Combine("repo"), Gen3TestData.Latiss);

        var yaml = File.ReadAllText(_temp.Combine("repo", "butler.yaml"));
        Assert.Contains($"  db: {Gen3Backend.Url}\n  namespace: {_backend.Schema}\n", yaml, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Combine("repo", Gen3Repository.RegistryFile)));
        var opened = Gen3Repository.Open(_temp.Combine("repo"));
        Assert.Equal(7, opened.Format.Universe);
        Assert.True(opened.Format.IngestDateIsNanoseconds);
        Assert.Contains(_backend.Schema!, opened.RegistryPath, StringComparison.Ordinal);
        Assert.Throws<RepositoryException>(() => Gen3Repository.Create(_temp.Combine("other"), null, Gen3Backend.Url, _backend.Schema));
    }

    [PostgresTheory]
    [InlineData(TransferMode.Direct)]
    [InlineData(TransferMode.Copy)]
    [InlineData(TransferMode.Symlink)]
    public async Task IngestAsync_SameFileTwice_SecondIsANoOpSuccess(TransferMode transfer)
    {
        var repository = _backend.Create(_temp.Combine("repo"), Gen3TestData.Latiss);
        var file = new RawFile(Gen3TestData.WriteFile(_temp.Combine("in"), "a.fits"), Gen3TestData.GoldenLatiss());

        var first = Assert.Single(await Gen3TestData.IngestAsync(repository, transfer, file));
        var second = Assert.Single(await Gen3TestData.IngestAsync(Gen3Repository.Open(repository.Root), transfer, file));

        Assert.True(first.Succeeded, first.Reason);
        Assert.True(second.Succeeded, second.Reason);
        Assert.Equal("4472ee2749fd527181d4f754a447cc0b", second.DatasetId);
        Assert.Equal(["4472ee2749fd527181d4f754a447cc0b"], _backend.Rows(repository, "SELECT id FROM dataset"));
        Assert.Equal(["1"], _backend.Rows(repository, "SELECT count(*) FROM file_datastore_records"));
        Assert.Equal(["1"], _backend.Rows(repository, "SELECT count(*) FROM exposure"));
    }

    [PostgresFact]
    public async Task IngestAsync_DifferentFileSameDataId_ThatFileFailsNamingBothPaths_RestOfBatchCommits()
    {
        var repository = _backend.Create(_temp.Combine("repo"), Gen3TestData.Latiss);
        var a = Gen3TestData.WriteFile(_temp.Combine("in"), "a.fits");
        var b = Gen3TestData.WriteFile(_temp.Combine("in"), "b.fits", fill: 0x41);
        var other = Gen3TestData.WriteFile(_temp.Combine("in"), "c.fits");
        await Gen3TestData.IngestAsync(repository, TransferMode.Direct, new RawFile(a, Gen3TestData.GoldenLatiss()));

        var results = await Gen3TestData.IngestAsync(
            repository,
            TransferMode.Direct,
            new RawFile(b, Gen3TestData.GoldenLatiss()),
            new RawFile(other, Gen3TestData.GoldenLatiss(2021070100124, 124)));

        Assert.False(results[0].Succeeded);
        Assert.Contains(a, results[0].Reason, StringComparison.Ordinal);
        Assert.Contains(b, results[0].Reason, StringComparison.Ordinal);
        Assert.True(results[1].Succeeded, results[1].Reason);
        Assert.Equal(["2"], _backend.Rows(repository, "SELECT count(*) FROM dataset"));
    }

    [PostgresFact]
    public async Task IngestAsync_DifferingExposureRecord_ThatFileFailsListingTheColumns()
    {
        var repository = _backend.Create(_temp.Combine("repo"), Gen3TestData.ComCam);
        var changed = Gen3TestData.ComCamRaw(1) with { Exposure = Gen3TestData.ComCamRaw(1).Exposure with { ExposureTime = 15.0, CanSeeSky = false } };

        var results = await Gen3TestData.IngestAsync(
            repository,
            TransferMode.Direct,
            new RawFile(Gen3TestData.WriteFile(_temp.Combine("in"), "d0.fits"), Gen3TestData.ComCamRaw(0)),
            new RawFile(Gen3TestData.WriteFile(_temp.Combine("in"), "d1.fits"), changed),
            new RawFile(Gen3TestData.WriteFile(_temp.Combine("in"), "d2.fits"), Gen3TestData.ComCamRaw(2)));

        Assert.True(results[0].Succeeded, results[0].Reason);
        Assert.False(results[1].Succeeded);
        Assert.Contains("exposure_time", results[1].Reason, StringComparison.Ordinal);
        Assert.Contains("can_see_sky", results[1].Reason, StringComparison.Ordinal);
        Assert.True(results[2].Succeeded, results[2].Reason);
        Assert.Equal(["2"], _backend.Rows(repository, "SELECT count(*) FROM dataset_tags_00000001"));
    }

    [PostgresFact]
    public async Task ButlerRepositoryFactory_OpensAPostgresRepository_AndRegistersTheInstrument()
    {
        var root = _temp.Combine("repo");
        _backend.Create(root, null);
        var factory = new ButlerRepositoryFactory();

        await using var writer = factory.Open(new RepositorySettings(root, TransferMode.Direct, Gen3TestData.ComCam), createIfMissing: false);
        var result = Assert.Single(await writer.IngestAsync([new RawFile(Gen3TestData.WriteFile(_temp.Combine("in"), "cc.fits"), Gen3TestData.ComCamRaw(4))], CancellationToken.None));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal("1f8a8a0c27075cb7bc8988f725acfd51", result.DatasetId);
        Assert.Equal(["9"], _backend.Rows(Gen3Repository.Open(root), "SELECT count(*) FROM detector"));
    }
}
