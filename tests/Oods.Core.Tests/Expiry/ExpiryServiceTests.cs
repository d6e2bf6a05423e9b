using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Oods.Core.Expiry;
using Oods.Core.Lifecycle;

namespace Oods.Core.Tests.Expiry;

public sealed class ExpiryServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ExecuteAsync_Interval_PassesAtEachIntervalAndNotASecondEarlier()
    {
        var time = new FakeTimeProvider(Start);
        var runner = new RecordingRunner(time);
        using var ingest = new IngestSwitch(enabledAtStart: true);
        using var service = Service(ExpirySchedule.Every(TimeSpan.FromHours(1)), runner, ingest, time);
        await service.StartAsync(CancellationToken.None);

        await WaitForAsync(() => service.NextPass == Start.AddHours(1));
        time.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        Assert.Empty(runner.Starts);
        time.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(() => service.NextPass == Start.AddHours(2));
        time.Advance(TimeSpan.FromHours(1));
        await WaitForAsync(() => service.NextPass == Start.AddHours(3));

        Assert.Equal([Start.AddHours(1), Start.AddHours(2)], runner.Starts);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ExecuteAsync_Cron_PassesAtTheCronTimes()
    {
        var time = new FakeTimeProvider(Start);
        var runner = new RecordingRunner(time);
        using var ingest = new IngestSwitch(enabledAtStart: true);
        using var service = Service(ExpirySchedule.From(TimeSpan.Zero, "0 3 * * *"), runner, ingest, time);
        await service.StartAsync(CancellationToken.None);
        var first = new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

        await WaitForAsync(() => service.NextPass == first);
        time.Advance(first - Start - TimeSpan.FromSeconds(1));
        Assert.Empty(runner.Starts);
        time.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(() => service.NextPass == first.AddDays(1));
        time.Advance(TimeSpan.FromDays(1));
        await WaitForAsync(() => service.NextPass == first.AddDays(2));

        Assert.Equal([first, first.AddDays(1)], runner.Starts);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ExecuteAsync_IngestDisabled_SkipsThePassUntilEnabled()
    {
        var time = new FakeTimeProvider(Start);
        var runner = new RecordingRunner(time);
        using var ingest = new IngestSwitch(enabledAtStart: false);
        using var service = Service(ExpirySchedule.Every(TimeSpan.FromMinutes(10)), runner, ingest, time);
        await service.StartAsync(CancellationToken.None);

        await WaitForAsync(() => service.NextPass == Start.AddMinutes(10));
        time.Advance(TimeSpan.FromMinutes(10));
        await WaitForAsync(() => service.NextPass == Start.AddMinutes(20));
        Assert.Equal(1, service.Skipped);
        ingest.Enable();
        time.Advance(TimeSpan.FromMinutes(10));
        await WaitForAsync(() => service.NextPass == Start.AddMinutes(30));

        Assert.Equal([Start.AddMinutes(20)], runner.Starts);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ExecuteAsync_PassLongerThanTheInterval_NeverOverlapsAndDoesNotCatchUp()
    {
        var time = new FakeTimeProvider(Start);
        var runner = new RecordingRunner(time) { Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        using var ingest = new IngestSwitch(enabledAtStart: true);
        using var service = Service(ExpirySchedule.Every(TimeSpan.FromMinutes(1)), runner, ingest, time);
        await service.StartAsync(CancellationToken.None);

        await WaitForAsync(() => service.NextPass == Start.AddMinutes(1));
        time.Advance(TimeSpan.FromMinutes(1));
        await WaitForAsync(() => runner.Starts.Count == 1);
        for (var i = 0; i < 5; i++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Single(runner.Starts);
        runner.Hold.SetResult();
        await WaitForAsync(() => service.NextPass == Start.AddMinutes(7));

        Assert.Equal(1, runner.MaxRunning);
        Assert.Single(runner.Starts);
        await service.StopAsync(CancellationToken.None);
    }

    private static ExpiryService Service(ExpirySchedule schedule, IExpiryRunner runner, IngestSwitch ingest, TimeProvider time) =>
        new(new CacheExpiryJob("test", schedule, false, [], [], TimeSpan.Zero, TimeSpan.Zero), runner, ingest, time, NullLogger<ExpiryService>.Instance);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "condition not met before the deadline");
            await Task.Delay(5);
        }
    }
}
