using Avro.Generic;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Oods.Core.Outcomes;
using Oods.Csc.Service;

namespace Oods.Csc.Tests.Service;

/// <summary>Round trip through the librdkafka mock broker and the registry stand-in, against an Apache.Avro client.</summary>
public sealed class CscServiceKafkaTests
{
    [Fact]
    public async Task Start_FromStandby_AcksInProgressThenCompleteAndPublishesDisabled()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var kafka = new MockKafkaCluster();
        using var registry = new SchemaRegistryStandIn();
        var subname = "test_" + Guid.NewGuid().ToString("N")[..8];
        using var control = new ObservatoryControl(kafka.Bootstrap, registry.Url, "ATOODS", subname, "ackcmd", "logevent_summaryState");
        var options = Options.Create(new CscOptions
        {
            ComponentName = "ATOODS",
            TopicSubname = subname,
            BrokerAddress = kafka.Bootstrap,
            SchemaRegistryUrl = registry.Url,
            CreateTopics = false,
        });
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        using var csc = new CscService(options, new OutcomePublisher(), time, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<CscService>.Instance);
        await csc.StartAsync(timeout.Token);

        var (_, standby) = await control.ReadUntilAsync((n, r) => n == "logevent_summaryState", timeout.Token);
        Assert.Equal(5, standby["summaryState"]);
        Assert.Equal(time.GetUtcNow().ToUnixTimeSeconds() + 37.0, (double)standby["private_sndStamp"]);
        Assert.Equal("ATOODS", standby["private_identity"]);

        await control.SendCommandAsync("command_start", 1234, "user@host", 4321, new Dictionary<string, object> { ["configurationOverride"] = string.Empty });

        var acks = new List<GenericRecord>();
        GenericRecord? disabled = null;
        while (acks.Count == 0 || (int)acks[^1]["ack"] != 303 || disabled is null)
        {
            var (name, record) = await control.ReadUntilAsync((_, _) => true, timeout.Token);
            if (name == "ackcmd")
            {
                acks.Add(record);
            }
            else if ((int)record["summaryState"] == 1)
            {
                disabled = record;
            }
        }

        Assert.Equal([301, 303], acks.Select(a => (int)a["ack"]));
        Assert.All(acks, a =>
        {
            Assert.Equal(1234, a["private_seqNum"]);
            Assert.Equal("user@host", a["identity"]);
            Assert.Equal(4321, a["origin"]);
            Assert.Equal(6, a["cmdtype"]);
        });
        Assert.Equal(5.0, acks[0]["timeout"]);
        Assert.Equal("Done", acks[1]["result"]);
        Assert.Equal(2, disabled["private_seqNum"]);
        Assert.Equal(Oods.Csc.States.SummaryState.Disabled, csc.State);
        await csc.StopAsync(CancellationToken.None);
    }
    [Fact]
    public async Task FileOutcome_WhenEnabled_PublishesImageInOods()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var kafka = new MockKafkaCluster();
        using var registry = new SchemaRegistryStandIn();
        var subname = "test_" + Guid.NewGuid().ToString("N")[..8];
        using var control = new ObservatoryControl(kafka.Bootstrap, registry.Url, "MTOODS", subname, "ackcmd", "logevent_summaryState", "logevent_imageInOODS");
        var options = Options.Create(new CscOptions
        {
            ComponentName = "MTOODS",
            TopicSubname = subname,
            BrokerAddress = kafka.Bootstrap,
            SchemaRegistryUrl = registry.Url,
            CreateTopics = false,
        });
        var outcomes = new OutcomePublisher();
        using var csc = new CscService(options, outcomes, new FakeTimeProvider(), new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<CscService>.Instance);
        await csc.StartAsync(timeout.Token);
        await control.ReadUntilAsync((n, r) => n == "logevent_summaryState" && (int)r["summaryState"] == 5, timeout.Token);

        foreach (var (command, seqNum) in new[] { ("command_start", 10), ("command_enable", 11) })
        {
            await control.SendCommandAsync(command, seqNum, "user@host", 1, command == "command_start" ? new Dictionary<string, object> { ["configurationOverride"] = string.Empty } : null);
            await control.ReadUntilAsync((n, r) => n == "ackcmd" && (int)r["private_seqNum"] == seqNum && (int)r["ack"] == 303, timeout.Token);
        }

        await outcomes.PublishAsync(Outcome("MC_O_20261128_000001"), CancellationToken.None);
        var (_, image) = await control.ReadUntilAsync((n, _) => n == "logevent_imageInOODS", timeout.Token);

        Assert.Equal("MC_O_20261128_000001", image["obsid"]);
        Assert.Equal("LSSTCam", image["camera"]);
        Assert.Equal("R22", image["raft"]);
        Assert.Equal("undef", image["sensor"]);
        Assert.Equal(0, image["statusCode"]);
        Assert.Equal("file ingested", image["description"]);
        await csc.StopAsync(CancellationToken.None);
    }

    private static FileOutcome Outcome(string obsId) => new()
    {
        Stream = "s",
        SourcePath = "/a",
        FinalPath = "/b",
        Camera = "LSSTCam",
        ObsId = obsId,
        Raft = "R22",
        Sensor = string.Empty,
        Status = OutcomeStatus.Ingested,
        Description = "file ingested",
        Time = DateTimeOffset.UnixEpoch,
    };
}
