using Microsoft.Extensions.Logging.Abstractions;
using Oods.Core.Discovery;
using Oods.Core.Pipeline;
using Oods.TestUtilities;

namespace Oods.Core.Tests.Discovery;

public sealed class StreamDiscoveryTests
{
    [Fact]
    public async Task RunAsync_BacklogLargerThanTheQueue_QueuesEachFileOnceWithBoundedBacklog()
    {
        using var dir = new TempDirectory();
        const int Files = StreamDiscovery.QueueCapacity + 2_500;
        for (var i = 0; i < Files; i++)
        {
            File.WriteAllBytes(dir.Combine($"f{i:D6}.fits"), []);
        }

        File.WriteAllBytes(dir.Combine(".hidden.fits"), []);
        File.WriteAllBytes(dir.Combine("notes.txt"), []);
        using var discovery = new StreamDiscovery("s", [dir.Path], StreamSettings.DefaultFileNameFilter, TimeSpan.FromMilliseconds(50), useNotifications: false, _ => false, TimeProvider.System, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var running = discovery.RunAsync(stop.Token);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var largestBacklog = 0;
        while (seen.Count < Files)
        {
            var path = await discovery.Files.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
            largestBacklog = Math.Max(largestBacklog, discovery.Backlog);
            Assert.True(seen.Add(path), $"{path} queued twice");

            // The pipeline claims the file (it leaves landing) and says so.
            File.Delete(path);
            discovery.Done(path);
        }

        await stop.CancelAsync();
        await running;
        // Queued: the full queue, the file the rescan waits to add, and the one the pipeline holds.
        Assert.True(largestBacklog <= StreamDiscovery.QueueCapacity + 2, $"backlog reached {largestBacklog}");
        Assert.DoesNotContain(seen, p => p.EndsWith(".txt", StringComparison.Ordinal) || Path.GetFileName(p).StartsWith('.'));
    }

    [Fact]
    public async Task RunAsync_FileStillQueued_RescanDoesNotQueueItAgain()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.Combine("a.fits"), []);
        using var discovery = new StreamDiscovery("s", [dir.Path], StreamSettings.DefaultFileNameFilter, TimeSpan.FromMilliseconds(10), useNotifications: false, _ => false, TimeProvider.System, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var running = discovery.RunAsync(stop.Token);

        var first = await discovery.Files.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        File.WriteAllBytes(dir.Combine("b.fits"), []);
        var second = await discovery.Files.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        // Several rescans have run by the time b.fits was found; a.fits, still queued, was not queued again.
        Assert.Equal(dir.Combine("a.fits"), first);
        Assert.Equal(dir.Combine("b.fits"), second);
        Assert.False(discovery.Files.TryRead(out _));
        await stop.CancelAsync();
        await running;
    }
}
