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
    public Task IngestAsync_SameFileTwice_SecondIsANoOpSuccess(TransferMode transfer) =>
        Gen3IngestScenarios.SameFileTwiceAsync(_backend, _temp, transfer);

    [PostgresFact]
    public Task IngestAsync_DifferentFileSameDataId_ThatFileFailsNamingBothPaths_RestOfBatchCommits() =>
        Gen3IngestScenarios.DifferentFileSameDataIdAsync(_backend, _temp);

    [PostgresFact]
    public Task IngestAsync_DifferingExposureRecord_ThatFileFailsListingTheColumns() =>
        Gen3IngestScenarios.DifferingExposureRecordAsync(_backend, _temp);

    [PostgresTheory]
    [InlineData(TransferMode.Move)]
    [InlineData(TransferMode.Copy)]
    public Task IngestAsync_OneFileOfAMovedBatchFails_OthersPlacedOnceAndTheFailedFileLeftWhereItWas(TransferMode transfer) =>
        Gen3IngestScenarios.OneFileOfAPlacedBatchFailsAsync(_backend, _temp, transfer);

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
