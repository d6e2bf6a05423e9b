using Oods.Core.Observability;
using Oods.Sources.Tests.Support;
using Oods.TestUtilities;

namespace Oods.Sources.Tests;

/// <summary>The S3 message stream's connection state: a Kafka broker nobody answers at is reported failing; a consumed message clears it.</summary>
public sealed class S3SourceStatusTests
{
    [Fact]
    public async Task KafkaBrokerUnreachable_ReportsFailingWithTheReason_AndCounts_AConsumedMessageClearsIt()
    {
        using var harness = new S3Harness();
        using var polls = new CounterListener("oods.source.poll_failures");
        var good = harness.Options();
        var unreachable = harness.Options();
        unreachable.Kafka.Brokers = [$"127.0.0.1:{ServerProcess.FreePort()}"];
        using (var worker = harness.Worker(unreachable))
        {
            await worker.StartAsync(CancellationToken.None);
            var failing = await WaitForSourceAsync(harness, s => s.FailingSince is not null);
            await worker.StopAsync(CancellationToken.None);

            Assert.Equal("s3", failing.Kind);
            Assert.Null(failing.LastSuccess);
            Assert.StartsWith("Kafka ", failing.Error, StringComparison.Ordinal);
            Assert.Contains(harness.Logger.Events, e => e.Id == 9529);
            Assert.InRange(polls.Total(harness.Options().Name), 1, long.MaxValue);
        }

        // The broker is reachable again (here: the worker restarted on the real one): the next message clears it.
        await harness.PutRawAsync("LSSTComCam/20191030/a/0.fits", 0);
        using var reached = harness.Worker(good);
        await reached.StartAsync(CancellationToken.None);
        await harness.NotifyAsync("LSSTComCam/20191030/a/0.fits");
        Assert.Single(await harness.OutcomesAsync(1));
        var cleared = await WaitForSourceAsync(harness, s => s.FailingSince is null);
        await reached.StopAsync(CancellationToken.None);

        Assert.NotNull(cleared.LastSuccess);
        Assert.Null(cleared.Error);
        Assert.Equal(0, cleared.FailuresInARow);
        Assert.InRange(cleared.Failures, 1, long.MaxValue);
    }

    private static async Task<SourceHealth> WaitForSourceAsync(S3Harness harness, Func<SourceHealth, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (harness.Monitor.Streams.GetValueOrDefault("s3test")?.Source is { } source && condition(source))
            {
                return source;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the source never got so: {harness.Monitor.Streams.GetValueOrDefault("s3test")?.Source}");
            await Task.Delay(20);
        }
    }
}
