using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Oods.Core.Configuration;
using Oods.Core.Expiry;
using Oods.TestUtilities;

namespace Oods.Core.Tests.Expiry;

public sealed class CacheCleanerTests : IDisposable
{
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);
    private static readonly TimeSpan TwoDays = TimeSpan.FromDays(2);
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow.AddHours(1));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_FileAges_HonouredToTheSecond()
    {
        var root = _temp.Combine("bad");
        var older = File(root, "older.fits", Month + TimeSpan.FromSeconds(1));
        var exact = File(root, "exact.fits", Month);
        var younger = File(root, "younger.fits", Month - TimeSpan.FromSeconds(1));

        var tally = Run(FilesJob(root));

        Assert.False(System.IO.File.Exists(older));
        Assert.True(System.IO.File.Exists(exact));
        Assert.True(System.IO.File.Exists(younger));
        Assert.Equal(1, tally.Files);
        Assert.Equal(2880, tally.Bytes);
    }

    [Fact]
    public void Run_OldFileInOldDirectory_BothGoInOnePass()
    {
        var root = _temp.Combine("bad");
        var file = File(Path.Combine(root, "2026-10-01"), "a.fits", Month * 2);
        Age(Path.Combine(root, "2026-10-01"), Month * 2);

        var tally = Run(FilesJob(root));

        Assert.False(Directory.Exists(Path.GetDirectoryName(file)));
        Assert.True(Directory.Exists(root));
        Assert.Equal((1L, 1L), (tally.Files, tally.Directories));
    }

    [Fact]
    public void Run_NestedEmptyDirectories_RemovedDeepestFirstRootsKept()
    {
        var root = _temp.Combine("staging");
        var deepest = Path.Combine(root, "a", "b", "c");
        Directory.CreateDirectory(deepest);
        Age(deepest, TwoDays + TimeSpan.FromSeconds(1));
        Age(Path.Combine(root, "a", "b"), TwoDays + TimeSpan.FromSeconds(1));
        Age(Path.Combine(root, "a"), TwoDays + TimeSpan.FromSeconds(1));
        var young = Path.Combine(root, "young");
        Directory.CreateDirectory(young);
        Age(young, TwoDays - TimeSpan.FromSeconds(1));
        var busy = Path.Combine(root, "busy");
        File(busy, "raw.fits", TimeSpan.FromDays(300));
        Age(busy, TimeSpan.FromDays(300));
        Age(root, TimeSpan.FromDays(300));

        var tally = Run(DirectoriesJob(root));

        Assert.False(Directory.Exists(Path.Combine(root, "a")));
        Assert.True(Directory.Exists(young));
        Assert.True(System.IO.File.Exists(Path.Combine(busy, "raw.fits")));
        Assert.True(Directory.Exists(root));
        Assert.Equal((0L, 3L), (tally.Files, tally.Directories));
    }

    [Fact]
    public void Run_EmptyOldRoot_IsNeverRemoved()
    {
        var root = _temp.Combine("landing");
        Directory.CreateDirectory(root);
        Age(root, TimeSpan.FromDays(300));

        Run(DirectoriesJob(root));
        Run(FilesJob(root));

        Assert.True(Directory.Exists(root));
    }

    [Fact]
    public void Run_SymlinksInsideRootPointingOutside_NothingOutsideTouched()
    {
        var root = _temp.Combine("bad");
        Directory.CreateDirectory(root);
        var outside = _temp.Combine("precious");
        var outsideFile = File(outside, "keep.fits", TimeSpan.FromDays(300));
        var outsideEmpty = Path.Combine(outside, "empty");
        Directory.CreateDirectory(outsideEmpty);
        Age(outsideEmpty, TimeSpan.FromDays(300));
        Age(outside, TimeSpan.FromDays(300));
        Directory.CreateSymbolicLink(Path.Combine(root, "escape"), outside);
        System.IO.File.CreateSymbolicLink(Path.Combine(root, "file-link.fits"), outsideFile);
        var zero = new CacheExpiryJob("test", ExpirySchedule.Every(TimeSpan.FromHours(1)), false, [root], [], TimeSpan.Zero, TimeSpan.Zero);

        Run(zero);
        Run(zero with { FileRoots = [], DirectoryRoots = [root] });

        Assert.True(System.IO.File.Exists(outsideFile));
        Assert.True(Directory.Exists(outsideEmpty));
        Assert.True(Directory.Exists(root));
    }

    [Fact]
    public void Run_DotDotInConfiguredPath_NormalisedAndNothingBesideItTouched()
    {
        var work = _temp.Combine("work");
        Directory.CreateDirectory(work);
        var cache = _temp.Combine("cache");
        var inside = File(cache, "old.fits", Month * 2);
        var sibling = File(_temp.Combine("other"), "old.fits", Month * 2);
        var options = new CacheCleanerOptions { ClearEmptyDirectoriesAndOldFiles = ["../cache/sub/.."], ClearEmptyDirectories = [] };

        var job = ExpiryJobs.ForCache("test", options, work);
        Run(job);

        Assert.Equal([cache], job.FileRoots);
        Assert.False(System.IO.File.Exists(inside));
        Assert.True(System.IO.File.Exists(sibling));
        Assert.True(Directory.Exists(cache));
    }

    [Fact]
    public void Run_DirectoriesOnlyRoot_NeverRemovesFiles()
    {
        var root = _temp.Combine("staging");
        var file = File(Path.Combine(root, "d"), "raw.fits", TimeSpan.FromDays(300));
        Age(Path.Combine(root, "d"), TimeSpan.FromDays(300));

        var tally = Run(DirectoriesJob(root));

        Assert.True(System.IO.File.Exists(file));
        Assert.Equal((0L, 0L), (tally.Files, tally.Directories));
    }

    [Fact]
    public void Run_DryRun_CountsButRemovesNothing()
    {
        var root = _temp.Combine("bad");
        var file = File(Path.Combine(root, "d"), "a.fits", Month * 2);
        Age(Path.Combine(root, "d"), Month * 2);

        var tally = Run(FilesJob(root) with { DryRun = true }, dryRun: true);

        Assert.True(System.IO.File.Exists(file));
        Assert.Equal((1L, 1L, 2880L), (tally.Files, tally.Directories, tally.Bytes));
    }

    [Fact]
    public void Run_MissingRoot_IsNoError()
    {
        var tally = Run(FilesJob(_temp.Combine("absent")));
        Assert.Equal(0, tally.Failed);
    }

    private static CacheExpiryJob FilesJob(string root) =>
        new("test", ExpirySchedule.Every(TimeSpan.FromHours(1)), false, [root], [], Month, TwoDays);

    private static CacheExpiryJob DirectoriesJob(string root) =>
        new("test", ExpirySchedule.Every(TimeSpan.FromHours(1)), false, [], [root], Month, TwoDays);

    private ExpiryTally Run(CacheExpiryJob job, bool dryRun = false) =>
        new CacheCleaner(_time, NullLogger.Instance).Run(job, dryRun, null, CancellationToken.None);

    private string File(string directory, string name, TimeSpan age)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        System.IO.File.WriteAllBytes(path, new byte[2880]);
        System.IO.File.SetLastWriteTimeUtc(path, (_time.GetUtcNow() - age).UtcDateTime);
        return path;
    }

    private void Age(string directory, TimeSpan age) =>
        Directory.SetLastWriteTimeUtc(directory, (_time.GetUtcNow() - age).UtcDateTime);
}
