using Microsoft.Extensions.Time.Testing;
using Oods.Core.Configuration;
using Oods.Core.Health;
using Oods.Core.Lifecycle;
using Oods.Core.Observability;
using Oods.Status;

namespace Oods.Host.Tests.Status;

/// <summary>How the board judges remote sources: <c>/readyz</c> after failed polls in a row, the report, the poll-age gauge and <c>oods status</c>.</summary>
public sealed class SourceReadinessTests
{
    [Fact]
    public void FtpSource_NotReadyFromTheThirdFailedPollInARow_S3Never_AGoodPollClearsIt()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 4, 0, 0, TimeSpan.Zero));
        var monitor = new StreamMonitor();
        var health = new LoopHealth(time);
        using var ingest = new IngestSwitch(enabledAtStart: true);
        var board = new StatusBoard(new StatusSettings(new StatusOptions(), [], "test", ["remote", "objects"]), monitor, health, ingest, time);
        foreach (var stream in new[] { "remote", "objects" })
        {
            monitor.SetState(stream, StreamState.Ingesting);
            health.Beat($"stream {stream}");
        }

        var since = time.GetUtcNow();
        for (var poll = 1; poll <= 2; poll++)
        {
            monitor.SourcePollFailed("remote", "ftp", time.GetUtcNow(), "530 Login incorrect.");
            Assert.True(board.IsReady(out var why), why);
            time.Advance(TimeSpan.FromSeconds(10));
        }

        for (var poll = 1; poll <= 5; poll++)
        {
            monitor.SourcePollFailed("objects", "s3", time.GetUtcNow(), "Kafka Local_AllBrokersDown: 1/1 brokers are down");
        }

        monitor.SourcePollFailed("remote", "ftp", time.GetUtcNow(), "530 Login incorrect.");
        Assert.False(board.IsReady(out var notReady));
        Assert.Equal("stream remote's ftp source failing since 2026-11-29 04:00:00Z: 530 Login incorrect.", notReady);

        var failing = board.Report().Streams.Single(s => s.Name == "remote").Source!;
        Assert.Equal(since, failing.FailingSince);
        Assert.Equal(3, failing.FailuresInARow);
        var table = StatusTable.Write(board.Report());
        Assert.Contains("  remote  ftp  last good poll never  failing since 2026-11-29 04:00:00Z (3 polls): 530 Login incorrect.\n", table, StringComparison.Ordinal);
        Assert.Contains("  objects  s3  last good poll never  failing since 2026-11-29 04:00:20Z (5 polls): Kafka Local_AllBrokersDown", table, StringComparison.Ordinal);
        Assert.Empty(board.SourcePollAges());

        monitor.SourcePolled("remote", "ftp", time.GetUtcNow());
        time.Advance(TimeSpan.FromSeconds(7));
        Assert.True(board.IsReady(out var after), after);
        var cleared = board.Report().Streams.Single(s => s.Name == "remote").Source!;
        Assert.Null(cleared.FailingSince);
        Assert.Null(cleared.Error);
        Assert.Equal(3, cleared.Failures);
        Assert.Equal(("remote", "ftp", 7.0), Assert.Single(board.SourcePollAges()));
        Assert.Contains("  remote  ftp  last good poll 2026-11-29 04:00:20Z  ok\n", StatusTable.Write(board.Report()), StringComparison.Ordinal);
    }
}
