using System.Text;
using Oods.Core.Pipeline;
using Oods.TestUtilities;

namespace Oods.Core.Tests.Pipeline;

public sealed class InflightManifestTests
{
    private static readonly DateTimeOffset Seen = new(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_AfterAddsAndDones_NamesOnlyUnfinishedFilesInOrder()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("inflight", "s.json");
        using (var manifest = new InflightManifest(path))
        {
            manifest.Add([File("a"), File("b")]);
            manifest.Add([File("c")]);
            manifest.Remove([File("a"), File("b")]);
        }

        Assert.Equal([File("c")], new InflightManifest(path).Read());
    }

    [Fact]
    public void Remove_LastFileInFlight_DeletesTheManifest()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("inflight", "s.json");
        using var manifest = new InflightManifest(path);
        manifest.Add([File("a")]);
        Assert.True(System.IO.File.Exists(path));

        manifest.Remove([File("a")]);

        Assert.False(System.IO.File.Exists(path));
        Assert.Empty(manifest.Read());
    }

    [Fact]
    public void Read_LastLineCutShortByACrash_IgnoresOnlyThatLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("inflight", "s.json");
        using (var manifest = new InflightManifest(path))
        {
            manifest.Add([File("a")]);
            manifest.Add([File("b")]);
        }

        // A crash in the middle of appending the "done" line of a.
        System.IO.File.AppendAllText(path, "{\"done\":[{\"Landing\":\"/l/a", Encoding.UTF8);

        Assert.Equal([File("a"), File("b")], new InflightManifest(path).Read());
    }

    [Fact]
    public void Read_SameFileNameAddedTwice_DoneRemovesTheOlderEntryOnly()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("inflight", "s.json");
        using (var manifest = new InflightManifest(path))
        {
            // A file of the same name landed again and was claimed while the first was still finishing.
            manifest.Add([File("a")]);
            manifest.Add([File("a")]);
            manifest.Remove([File("a")]);
        }

        Assert.Equal([File("a")], new InflightManifest(path).Read());
    }

    [Fact]
    public void Read_ManifestOfAnEarlierVersion_OneJsonArray_IsRead()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("s.json");
        System.IO.File.WriteAllText(path, "[{\"Landing\":\"/l/a\",\"Staged\":\"/s/a\",\"SeenTime\":null}]");

        Assert.Equal([new InflightFile("/l/a", "/s/a", null)], new InflightManifest(path).Read());
    }

    [Fact]
    public void Remove_ManifestPastTheCompactionSize_RewritesItWithOnlyTheFilesInFlight()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("s.json");
        using var manifest = new InflightManifest(path);
        manifest.Add([File("kept")]);
        long largest = 0;
        for (var n = 0; new FileInfo(path).Length >= largest; n++)
        {
            Assert.True(n < 10_000, "the manifest never shrank");
            largest = new FileInfo(path).Length;
            var batch = Enumerable.Range(0, 50).Select(i => File($"f{n}-{i}")).ToList();
            manifest.Add(batch);
            manifest.Remove(batch);
        }

        Assert.True(largest > InflightManifest.CompactAbove / 2, $"shrank at {largest} bytes");
        Assert.True(new FileInfo(path).Length < 1000, $"{new FileInfo(path).Length} bytes after compaction");
        Assert.Equal([File("kept")], new InflightManifest(path).Read());
    }

    [Fact]
    public void Restore_FilesLeftByACrash_ReplacesWhatTheManifestHeld()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("s.json");
        using var manifest = new InflightManifest(path);
        manifest.Add([File("a"), File("b")]);
        var left = new InflightManifest(path).Read();

        manifest.Restore(left);
        manifest.Remove(left);

        Assert.False(System.IO.File.Exists(path));
    }

    [Fact]
    public void Restore_AfterACrashCutTheOnlyLineShort_LaterAddsAreReadBack()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("s.json");
        System.IO.File.WriteAllText(path, "{\"add\":[{\"Landing\":\"/l/a\"");
        using var manifest = new InflightManifest(path);
        var left = manifest.Read();

        manifest.Restore(left);
        manifest.Add([File("b")]);

        Assert.Empty(left);
        Assert.Equal([File("b")], new InflightManifest(path).Read());
    }

    [Fact]
    public void Restore_NothingLeftAndNoStateDirectoryYet_IsANoOp()
    {
        using var dir = new TempDirectory();
        using var manifest = new InflightManifest(dir.Combine("state", "inflight", "s.json"));

        manifest.Restore(manifest.Read());

        Assert.False(Directory.Exists(dir.Combine("state")));
    }

    private static InflightFile File(string name) => new($"/l/{name}", $"/s/{name}", Seen);
}
