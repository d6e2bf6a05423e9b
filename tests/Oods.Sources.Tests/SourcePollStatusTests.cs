using Oods.Core.Observability;
using Oods.Sources.Tests.Support;
using Oods.TestUtilities;

namespace Oods.Sources.Tests;

/// <summary>
/// A poll that fails as a whole (nothing listens, login refused) is reported to the <see cref="StreamMonitor"/> with
/// its reason and counted in <c>oods.source.poll_failures</c>; the next good poll clears it. Real pyftpdlib on 127.0.0.1.
/// </summary>
public sealed class SourcePollStatusTests
{
    [Fact]
    public async Task LoginRefused_ReportsFailingSinceWithTheReason_AndCounts_TheNextGoodPollClearsIt()
    {
        const string stream = "pollstatus-login";
        const string passwordVariable = "OODS_TEST_FTP_PASSWORD_POLLSTATUS";
        using var server = new FtpServer();
        using var harness = new SourceHarness();
        using var polls = new CounterListener("oods.source.poll_failures");
        await File.WriteAllBytesAsync(server.Root.Combine("incoming", "a.fits"), [1, 2, 3]);
        Environment.SetEnvironmentVariable(passwordVariable, "wrong");
        var worker = harness.Worker(harness.Settings("ftp", server.Port) with { Stream = stream, SettleTime = TimeSpan.Zero, PasswordEnv = passwordVariable });
        var failedAt = harness.Time.GetUtcNow();

        Assert.False(await worker.PollAndReportAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.False(await worker.PollAndReportAsync(CancellationToken.None));

        var failing = harness.Monitor.Streams[stream].Source!;
        Assert.Equal("ftp", failing.Kind);
        Assert.Null(failing.LastSuccess);
        Assert.Equal(failedAt, failing.FailingSince);
        Assert.Contains("530", failing.Error, StringComparison.Ordinal);
        Assert.Equal(2, failing.FailuresInARow);
        Assert.Equal(2, polls.Total(stream));
        Assert.Equal(2, harness.Logger.Events.Count(e => e.Id == 9502));
        Assert.Empty(harness.LandingFiles());

        // The operator fixes the password: the next poll fetches and clears the failure.
        Environment.SetEnvironmentVariable(passwordVariable, "secret");
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(await worker.PollAndReportAsync(CancellationToken.None));
        await worker.CloseAsync();

        var cleared = harness.Monitor.Streams[stream].Source!;
        Assert.Equal(harness.Time.GetUtcNow(), cleared.LastSuccess);
        Assert.Null(cleared.FailingSince);
        Assert.Null(cleared.Error);
        Assert.Equal(0, cleared.FailuresInARow);
        Assert.Equal(2, cleared.Failures);
        Assert.Equal(2, polls.Total(stream));
        Assert.Equal(["a.fits"], harness.LandingFiles());
    }

    [Fact]
    public async Task NothingListens_ReportsFailing_UntilAServerAnswers()
    {
        const string stream = "pollstatus-closed";
        using var harness = new SourceHarness();
        using var polls = new CounterListener("oods.source.poll_failures");
        var closed = harness.Worker(harness.Settings("ftp", ServerProcess.FreePort()) with { Stream = stream });

        Assert.False(await closed.PollAndReportAsync(CancellationToken.None));

        var failing = harness.Monitor.Streams[stream].Source!;
        Assert.Equal(harness.Time.GetUtcNow(), failing.FailingSince);
        Assert.False(string.IsNullOrWhiteSpace(failing.Error));
        Assert.Equal(1, polls.Total(stream));

        // The same stream's source reaches a server (a restart with the port fixed): the failure is cleared.
        using var server = new FtpServer();
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        var reached = harness.Worker(harness.Settings("ftp", server.Port) with { Stream = stream });
        Assert.True(await reached.PollAndReportAsync(CancellationToken.None));
        await reached.CloseAsync();

        var cleared = harness.Monitor.Streams[stream].Source!;
        Assert.Null(cleared.FailingSince);
        Assert.Equal(harness.Time.GetUtcNow(), cleared.LastSuccess);
        Assert.Equal(1, cleared.Failures);
    }
}
