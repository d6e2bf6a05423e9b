using Oods.Core.Pipeline;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Core.Tests.Pipeline;

public sealed class FileClaimerTests
{
    [Fact]
    public void Claim_AcrossFilesystems_CopiesFlushesRenamesAndUnlinks()
    {
        // /dev/shm is a tmpfs on Linux, another filesystem than the temporary directory; elsewhere this is a same-filesystem claim.
        var shm = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var landing = Path.Combine(shm, $"oods-claim-{Guid.NewGuid():N}");
        Directory.CreateDirectory(landing);
        try
        {
            using var staging = new TempDirectory();
            var source = Path.Combine(landing, "a.fits");
            File.WriteAllBytes(source, [1, 2, 3]);
            var target = Path.Combine(staging.Path, "night", "a.fits");

            FileClaimer.Claim(source, target);

            Assert.False(File.Exists(source));
            Assert.Equal([1, 2, 3], File.ReadAllBytes(target));
            Assert.False(File.Exists(FileClaimer.TemporaryFor(target)));
        }
        finally
        {
            Directory.Delete(landing, recursive: true);
        }
    }

    [Fact]
    public void TargetFor_NameAlreadyStaged_PicksAFreeNameInsteadOfOverwriting()
    {
        using var dir = new TempDirectory();
        var stream = new StreamSettings
        {
            Name = "s",
            LandingDirectories = [dir.Combine("landing")],
            StagingDirectory = dir.Combine("staging"),
            BadFileDirectory = dir.Combine("bad"),
            JournalDirectory = dir.Combine("journal"),
            InflightPath = dir.Combine("inflight.json"),
            BatchSize = 1,
            ScanInterval = TimeSpan.FromSeconds(1),
            Repositories = [new RepositorySettings(dir.Combine("repo"), TransferMode.Direct, null)],
        };
        Directory.CreateDirectory(dir.Combine("staging", "n"));
        File.WriteAllBytes(dir.Combine("staging", "n", "a.fits"), [9]);

        var target = FileClaimer.TargetFor(stream, dir.Combine("landing"), dir.Combine("landing", "n", "a.fits"));

        Assert.Equal(dir.Combine("staging", "n", "dup1_a.fits"), target);
    }

    [Fact]
    public void Claim_FileGone_ThrowsFileNotFound()
    {
        using var dir = new TempDirectory();

        Assert.Throws<FileNotFoundException>(() => FileClaimer.Claim(dir.Combine("gone.fits"), dir.Combine("staging", "gone.fits")));
    }
}
