using Oods.Core.Configuration;

namespace Oods.Core.Tests.Expiry;

public sealed class ExpiryValidationTests
{
    [Fact]
    public void Check_BadCronAndFileSystemRoot_ListedWithKeyPaths()
    {
        var options = Options();
        options.FileIngester!.Butler!.CollectionCleaner = new CollectionCleanerOptions { CleaningSchedule = "0 3 * *", CollectionsToClean = [new CollectionCleanupRule { Collections = ["LATISS/raw/all"] }] };
        options.CacheCleaner = new CacheCleanerOptions { ClearEmptyDirectories = ["/"], CleaningSchedule = "61 * * * *" };

        var problems = OodsOptionsValidator.Check(options);

        Assert.Contains(problems, p => p.StartsWith("file_ingester.butler.collection_cleaner.cleaning_schedule: ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("cache_cleaner.cleaning_schedule: ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("cache_cleaner.clear_empty_directories[0]: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CronGivenWithZeroInterval_IsValid()
    {
        var options = Options();
        options.CacheCleaner = new CacheCleanerOptions { CleaningInterval = new TimeInterval(), CleaningSchedule = "0 3 * * *", DryRun = true };

        Assert.Empty(OodsOptionsValidator.Check(options));
    }

    [Fact]
    public void Check_ZeroIntervalWithoutCron_IsAProblem()
    {
        var options = Options();
        options.CacheCleaner = new CacheCleanerOptions { CleaningInterval = new TimeInterval() };

        Assert.Contains(OodsOptionsValidator.Check(options), p => p.StartsWith("cache_cleaner.cleaning_interval: ", StringComparison.Ordinal));
    }

    private static OodsOptions Options() => new()
    {
        FileIngester = new FileIngesterOptions
        {
            ImageStagingDirectory = "/data/landing",
            StagingDirectory = "/data/staging",
            BadFileDirectory = "/data/bad",
            Butler = new ButlerOptions { Instrument = "LATISS", RepoDirectory = "/data/repo" },
        },
    };
}
