using Oods.Butler.Tests.Gen3;

namespace Oods.Butler.Tests.Expiry;

public sealed class Gen3CollectionCleanerTests : IDisposable
{
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);
    private readonly Gen3ExpiryFixture _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Run_Ages_HonouredToTheSecond()
    {
        var files = await _repo.IngestAsync([1, 2, 3]);
        var job = _repo.Job(Gen3ExpiryFixture.Rule(Month));

        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month);
        Assert.Equal(0, (await _repo.RunAsync(job)).Datasets);
        Assert.Equal(3, _repo.Count("dataset"));

        _repo.Time.Advance(TimeSpan.FromSeconds(1));
        var tally = await _repo.RunAsync(job);

        Assert.Equal((3L, 3L, 3L * 2880), (tally.Datasets, tally.Files, tally.Bytes));
        Assert.All(files, f => Assert.False(File.Exists(f), f));
        foreach (var table in new[] { "dataset", "file_datastore_records", "dataset_location", "dataset_tags_00000001" })
        {
            Assert.Equal(0, _repo.Count(table));
        }
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 3)]
    public async Task Run_OneDatasetTagged_ExemptOnlyWithExcludeTagged(bool excludeTagged, int expired)
    {
        var files = await _repo.IngestAsync([1, 2, 3]);
        Gen3TestData.Execute(
            _repo.Repository.RegistryPath,
            "INSERT INTO collection (collection_id, name, type) VALUES (10, 'keep', 2); " +
            "INSERT INTO collection_summary_dataset_type VALUES (10, 1); INSERT INTO collection_summary_instrument VALUES (10, 'LATISS'); " +
            "INSERT INTO dataset_tags_00000001 SELECT dataset_type_id, dataset_id, 10, instrument, detector, exposure FROM dataset_tags_00000001 WHERE exposure = 2021070100002");
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);

        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month, excludeTagged)));

        Assert.Equal(expired, tally.Datasets);
        Assert.Equal(excludeTagged, File.Exists(files[1]));
        Assert.False(File.Exists(files[0]));
        Assert.Equal(3 - expired, _repo.Count("dataset"));
    }

    [Fact]
    public async Task Run_NoTaggedCollectionAtAll_StillExpires()
    {
        await _repo.IngestAsync([1, 2]);
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);

        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month, excludeTagged: true)));

        Assert.Equal(2, tally.Datasets);
        Assert.Equal(0, _repo.Count("dataset"));
    }

    [Theory]
    [InlineData("bias", 0)]
    [InlineData("raw", 2)]
    [InlineData("r*", 2)]
    [InlineData("*", 2)]
    public async Task Run_DatasetTypeFilter_OnlyMatchingTypesExpire(string pattern, int expired)
    {
        await _repo.IngestAsync([1, 2]);
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);
        var rule = Gen3ExpiryFixture.Rule(Month);
        rule.DatasetTypes = [pattern];

        var tally = await _repo.RunAsync(_repo.Job(rule));

        Assert.Equal(expired, tally.Datasets);
        Assert.Equal(2 - expired, _repo.Count("dataset"));
    }

    [Fact]
    public async Task Run_MissingCollection_LoggedSkippedAndThePassGoesOn()
    {
        await _repo.IngestAsync([1, 2]);
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);

        var tally = await _repo.RunAsync(_repo.Job(
            Gen3ExpiryFixture.Rule(Month, true, "LATISS/raw/gone"),
            Gen3ExpiryFixture.Rule(Month, true, "nope", "LATISS/raw/all")));

        Assert.Equal((2L, 2L, 0L), (tally.Datasets, tally.Skipped, tally.Failed));
        Assert.Equal(0, _repo.Count("dataset"));
    }

    [Fact]
    public async Task Run_FileAlreadyGone_RowsRemovedAndCountedAsSkipped()
    {
        var files = await _repo.IngestAsync([1, 2, 3]);
        File.Delete(files[1]);
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);

        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month)));

        Assert.Equal((3L, 2L, 1L, 0L), (tally.Datasets, tally.Files, tally.Skipped, tally.Failed));
        Assert.Equal(0, _repo.Count("dataset"));
    }

    [Fact]
    public async Task Run_RegistryUriOutsideManagedDirectories_DatasetAndFileKept()
    {
        var managed = await _repo.IngestAsync([1]);
        var outside = await _repo.IngestAsync([2], from: _repo.Combine("elsewhere"));
        var escaping = await _repo.IngestAsync([3], from: Path.Combine(_repo.Staging, "..", "staging-other"));
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);

        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month)));

        Assert.Equal((1L, 2L), (tally.Datasets, tally.Skipped));
        Assert.False(File.Exists(managed[0]));
        Assert.True(File.Exists(outside[0]));
        Assert.True(File.Exists(escaping[0]));
        Assert.Equal(2, _repo.Count("dataset"));
        Assert.Equal(2, _repo.Count("file_datastore_records"));
    }

    [Fact]
    public async Task Run_StagingSubdirectoryIsASymlinkOut_FileBehindItKept()
    {
        var outside = _repo.Combine("outside");
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(_repo.Staging);
        Directory.CreateSymbolicLink(Path.Combine(_repo.Staging, "2021-07-01"), outside);
        await _repo.IngestAsync([1]);
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);

        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month)));

        Assert.Equal((0L, 1L), (tally.Datasets, tally.Skipped));
        Assert.True(File.Exists(Path.Combine(outside, "AT_O_000001.fits")));
        Assert.Equal(1, _repo.Count("dataset"));
    }

    [Fact]
    public async Task Run_DryRun_CountsAndRemovesNothing()
    {
        var files = await _repo.IngestAsync([1, 2]);
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);

        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month)), dryRun: true);

        Assert.Equal((2L, 2L), (tally.Datasets, tally.Files));
        Assert.All(files, f => Assert.True(File.Exists(f)));
        Assert.Equal(2, _repo.Count("dataset"));
    }

    [Fact]
    public async Task Run_CopyModeFilesInTheRepository_RemovedFromTheDatastore()
    {
        await _repo.IngestAsync([1, 2], from: _repo.Combine("incoming"), transfer: Core.Repositories.TransferMode.Copy);
        var inRepository = Directory.GetFiles(_repo.Repository.Root, "*.fits", SearchOption.AllDirectories);
        Assert.Equal(2, inRepository.Length);
        _repo.Time.SetUtcNow(Gen3ExpiryFixture.Ingested + Month * 2);

        var tally = await _repo.RunAsync(_repo.Job(Gen3ExpiryFixture.Rule(Month)));

        Assert.Equal(2, tally.Files);
        Assert.All(inRepository, f => Assert.False(File.Exists(f)));
    }
}
