using Oods.Core.Outcomes;
using Oods.Core.Repositories;
using Oods.Sources.Tests.Support;
using Oods.TestUtilities;

namespace Oods.Sources.Tests;

/// <summary>The S3 message source against s3rver and the librdkafka mock broker.</summary>
public sealed class S3SourceTests
{
    private static readonly string[] KeysOfTwo = ["LSSTComCam/20191030/a/0.fits", "LSSTComCam/20191030/a/1.fits"];

    [Fact]
    public async Task NotifiedObject_IsIngested_AsAnS3UriWithTheProfile()
    {
        using var harness = new S3Harness();
        await harness.PutRawAsync(KeysOfTwo[0], 0);
        using var worker = harness.Worker(harness.Options(profile: "embargo"));
        await worker.StartAsync(CancellationToken.None);

        await harness.NotifyAsync(KeysOfTwo[0]);
        var outcome = Assert.Single(await harness.OutcomesAsync(1));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(OutcomeStatus.Ingested, outcome.Status);
        Assert.Equal($"s3://{S3Server.Bucket}/{KeysOfTwo[0]}", outcome.SourcePath);
        Assert.Equal($"s3://embargo@{S3Server.Bucket}/{KeysOfTwo[0]}", outcome.FinalPath);
        Assert.Equal("S00", outcome.Sensor);
        Assert.Equal([$"s3://embargo@{S3Server.Bucket}/{KeysOfTwo[0]}"], harness.RegistryPaths());
        var explained = Oods.Status.JournalExplainer.Explain($"s3://{S3Server.Bucket}/{KeysOfTwo[0]}", harness.JournalRoot, []);
        var entry = Assert.Single(explained.Matches);
        Assert.Equal(0, entry.Status);
        Assert.Equal("s3test", entry.Stream);
    }

    [Fact]
    public async Task NonMatchingKey_IsIgnored_AndTheFitsObjectOfTheSameMessageIngested()
    {
        using var harness = new S3Harness();
        await harness.PutRawAsync(KeysOfTwo[0], 0);
        await harness.S3.PutAsync("LSSTComCam/20191030/a/0.json", "{}"u8.ToArray());
        using var worker = harness.Worker(harness.Options());
        await worker.StartAsync(CancellationToken.None);

        await harness.NotifyAsync("LSSTComCam/20191030/a/0.json", KeysOfTwo[0]);
        var outcome = Assert.Single(await harness.OutcomesAsync(1));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(OutcomeStatus.Ingested, outcome.Status);
        Assert.Contains(harness.Logger.Events, e => e.Id == 9524 && e.Message.Contains("0.json", StringComparison.Ordinal));
        Assert.Single(harness.RegistryPaths());
    }

    [Fact]
    public async Task MalformedMessage_IsSkippedWithALogLine_AndTheNextMessageIngested()
    {
        using var harness = new S3Harness();
        using var malformed = new CounterListener("oods.source.malformed_messages");
        await harness.PutRawAsync(KeysOfTwo[0], 0);
        using var worker = harness.Worker(harness.Options());
        await worker.StartAsync(CancellationToken.None);

        await harness.SendAsync(File.ReadAllText(Oods.TestUtilities.SharedData.Path("data", "ctrl_oods", "bad_kafka_msg.json")));
        await harness.SendAsync("not json at all");
        await harness.NotifyAsync(KeysOfTwo[0]);
        var outcome = Assert.Single(await harness.OutcomesAsync(1));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(OutcomeStatus.Ingested, outcome.Status);
        var skipped = harness.Logger.Events.Where(e => e.Id == 9523).ToList();
        Assert.Equal(2, skipped.Count);
        Assert.Contains("no Records[0].s3", skipped[0].Message, StringComparison.Ordinal);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, skipped[0].Level);
        Assert.Equal(2, malformed.Total("s3test"));
    }

    [Fact]
    public async Task Restart_IngestsNothingTwice()
    {
        using var harness = new S3Harness();
        await harness.PutRawAsync(KeysOfTwo[0], 0);
        await harness.PutRawAsync(KeysOfTwo[1], 1);
        await harness.PutRawAsync("LSSTComCam/20191030/a/2.fits", 2);
        var options = harness.Options();
        using (var first = harness.Worker(options))
        {
            await first.StartAsync(CancellationToken.None);
            await harness.NotifyAsync(KeysOfTwo[0]);
            await harness.NotifyAsync(KeysOfTwo[1]);
            Assert.All(await harness.OutcomesAsync(2), o => Assert.Equal(OutcomeStatus.Ingested, o.Status));
            await first.StopAsync(CancellationToken.None);
        }

        using var second = harness.Worker(options);
        await second.StartAsync(CancellationToken.None);
        await harness.NotifyAsync("LSSTComCam/20191030/a/2.fits");
        var outcome = Assert.Single(await harness.OutcomesAsync(1));
        await second.StopAsync(CancellationToken.None);

        Assert.EndsWith("/2.fits", outcome.SourcePath, StringComparison.Ordinal);
        Assert.Single(harness.Sink.Outcomes);
        Assert.Equal(3, harness.RegistryPaths().Count);
    }

    [Fact]
    public async Task OffsetsAreNotCommittedBeforeTheOutcomes_SoAMessageOfADeadWorkerIsIngestedOnceByTheNext()
    {
        using var harness = new S3Harness();
        await harness.PutRawAsync(KeysOfTwo[0], 0);
        var options = harness.Options();
        using (var dying = harness.Worker(options, new FailingRepositories()))
        {
            await dying.StartAsync(CancellationToken.None);
            await harness.NotifyAsync(KeysOfTwo[0]);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (dying.ExecuteTask is { IsCompleted: false })
            {
                Assert.True(DateTime.UtcNow < deadline, "the worker whose repository fails did not stop");
                await Task.Delay(20);
            }

            Assert.True(dying.ExecuteTask!.IsFaulted);
            Assert.Empty(harness.Sink.Outcomes);
        }

        using var next = harness.Worker(options);
        await next.StartAsync(CancellationToken.None);
        var outcome = Assert.Single(await harness.OutcomesAsync(1));
        await next.StopAsync(CancellationToken.None);

        Assert.Equal(OutcomeStatus.Ingested, outcome.Status);
        Assert.Single(harness.RegistryPaths());
    }

    [Fact]
    public async Task ObjectWhoseGetFails_HasAFailureOutcomeWithTheReason_AndTheOthersAreIngested()
    {
        using var harness = new S3Harness();
        using var fetched = new CounterListener("oods.source.fetched");
        using var failedReads = new CounterListener("oods.source.failed");
        await harness.PutRawAsync(KeysOfTwo[1], 1);
        using var worker = harness.Worker(harness.Options());
        await worker.StartAsync(CancellationToken.None);

        await harness.NotifyAsync(KeysOfTwo[0], KeysOfTwo[1]);
        var outcomes = await harness.OutcomesAsync(2);
        await worker.StopAsync(CancellationToken.None);

        var failed = Assert.Single(outcomes, o => o.Status == OutcomeStatus.IngestFailure);
        Assert.Equal($"s3://{S3Server.Bucket}/{KeysOfTwo[0]}", failed.SourcePath);
        Assert.Contains("404", failed.Description, StringComparison.Ordinal);
        Assert.Single(outcomes, o => o.Status == OutcomeStatus.Ingested);
        Assert.Single(harness.RegistryPaths());
        Assert.Equal(1, fetched.Total("s3test"));
        Assert.Equal(1, failedReads.Total("s3test"));
        var explained = Oods.Status.JournalExplainer.Explain("0.fits", harness.JournalRoot, []);
        var entry = Assert.Single(explained.Matches);
        Assert.Equal((1, failed.Description), (entry.Status, entry.Description));
        Assert.Contains($"GET s3://{S3Server.Bucket}/{KeysOfTwo[0]} failed: 404 NoSuchKey", Oods.Status.ExplanationText.Write(explained), StringComparison.Ordinal);
        Assert.False(explained.AllIngested);
        var report = harness.Monitor.Streams["s3test"];
        Assert.Equal((Oods.Core.Observability.StreamState.Stopped, 2L), (report.State, report.Seen));
    }

    [Fact]
    public async Task ObjectThatIsNotFits_HasAMetadataFailure()
    {
        using var harness = new S3Harness();
        await harness.S3.PutAsync("LSSTComCam/bad.fits.fz", File.ReadAllBytes(Oods.TestUtilities.SharedData.Path("data", "ctrl_oods", "bad.fits.fz")));
        using var worker = harness.Worker(harness.Options());
        await worker.StartAsync(CancellationToken.None);

        await harness.NotifyAsync("LSSTComCam/bad.fits.fz");
        var outcome = Assert.Single(await harness.OutcomesAsync(1));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(OutcomeStatus.MetadataFailure, outcome.Status);
        Assert.Empty(harness.RegistryPaths());
    }

    [Fact]
    public async Task RepositoryFailure_InCscMode_ReportsAFault_AndTheMessageIsIngestedAfterReEnable()
    {
        using var harness = new S3Harness();
        await harness.PutRawAsync(KeysOfTwo[0], 0);
        using var ingestSwitch = new Oods.Core.Lifecycle.IngestSwitch(enabledAtStart: true);
        var faults = new System.Collections.Concurrent.ConcurrentQueue<Oods.Core.Lifecycle.IngestFault>();
        ingestSwitch.Faulted += (_, f) => faults.Enqueue(f);
        using var worker = harness.Worker(harness.Options(), new FailingRepositories(failures: 1), ingestSwitch);
        await worker.StartAsync(CancellationToken.None);

        await harness.NotifyAsync(KeysOfTwo[0]);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (faults.IsEmpty)
        {
            Assert.True(DateTime.UtcNow < deadline, "no fault reported");
            await Task.Delay(20);
        }

        Assert.Empty(harness.Sink.Outcomes);
        Assert.Contains("registry unreachable", Assert.Single(faults).Report, StringComparison.Ordinal);
        await ingestSwitch.DisableAsync();
        ingestSwitch.Enable();
        var outcome = Assert.Single(await harness.OutcomesAsync(1));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(OutcomeStatus.Ingested, outcome.Status);
        Assert.Single(harness.RegistryPaths());
        Assert.Contains(harness.Logger.Events, e => e.Id == 9530);
    }

    /// <summary>Opens real repositories whose first writes fail as a whole (the registry unreachable).</summary>
    private sealed class FailingRepositories(int failures = int.MaxValue) : IRepositoryWriterFactory
    {
        private int _failures = failures;

        public IRepositoryWriter Open(RepositorySettings settings, bool createIfMissing) => new Failing(new Oods.Butler.ButlerRepositoryFactory().Open(settings, createIfMissing), this);

        private sealed class Failing(IRepositoryWriter inner, FailingRepositories owner) : IRepositoryWriter
        {
            public string Location => inner.Location;

            public Task<IReadOnlyList<RepositoryResult>> IngestAsync(IReadOnlyList<RawFile> batch, CancellationToken cancellationToken) =>
                Interlocked.Decrement(ref owner._failures) >= 0 ? throw new RepositoryException("registry unreachable") : inner.IngestAsync(batch, cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
