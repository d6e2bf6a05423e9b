using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Oods.Butler.Expiry;
using Oods.Butler.Gen2;
using Oods.Butler.Tests.Gen2;
using Oods.Core.Configuration;
using Oods.Core.Expiry;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Butler.Tests.Expiry;

public sealed class Gen2CollectionCleanerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(Start);

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("*", 1)]
    [InlineData("raw", 1)]
    [InlineData("bias", 0)]
    public async Task Run_OldAndNewRaws_OnlyOldMatchingOnesGoWithTheirFiles(string datasetType, int expired)
    {
        var root = _temp.Combine("repo");
        Gen2Repository.Create(root, Gen2TestData.ComCam);
        await using (var writer = Gen2Repository.Open(root, TransferMode.Copy, _time))
        {
            await writer.IngestAsync([new RawFile(Gen2TestData.WriteFile(_temp.Path, "a.fits"), Gen2TestData.ComCamRaw(0))], CancellationToken.None);
            _time.Advance(TimeSpan.FromDays(2));
            await writer.IngestAsync([new RawFile(Gen2TestData.WriteFile(_temp.Path, "b.fits"), Gen2TestData.ComCamRaw(1))], CancellationToken.None);
        }

        var files = Directory.GetFiles(Path.Combine(root, "raw"), "*.fits", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var settings = new RepositorySettings(root, TransferMode.Copy, Gen2TestData.ComCam);
        var rule = new CollectionCleanupRule { Collections = ["LSSTComCam/raw/all"], FilesOlderThan = new TimeInterval { Days = 1 }, DatasetTypes = [datasetType] };
        var job = ExpiryJobs.ForRepository("gen2", settings, new CollectionCleanerOptions { CollectionsToClean = [rule] }, ExpiryJobs.ManagedDirectories(settings, _temp.Combine("staging")));
        _time.Advance(TimeSpan.FromHours(1));

        var tally = await new ExpiryRunner(new ButlerExpiryRegistries(_time), _time, NullLogger<ExpiryRunner>.Instance).RunAsync(job, false, null, CancellationToken.None);

        Assert.Equal((expired, expired, 0L), (tally.Datasets, tally.Files, tally.Failed));
        Assert.Equal(expired == 0, File.Exists(files[0]));
        Assert.True(File.Exists(files[1]));
        Assert.Equal([(2 - expired).ToString(System.Globalization.CultureInfo.InvariantCulture)], Gen2TestData.Rows(Path.Combine(root, "registry.sqlite3"), "SELECT count(*) FROM raw"));
    }
}
