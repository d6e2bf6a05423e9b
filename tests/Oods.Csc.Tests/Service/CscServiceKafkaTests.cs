using Avro.Generic;
using Microsoft.Extensions.Time.Testing;
using Oods.Core.Outcomes;
using Oods.Csc.States;

namespace Oods.Csc.Tests.Service;

/// <summary>Round trip through the librdkafka mock broker and the registry stand-in, against an Apache.Avro client.</summary>
public sealed class CscServiceKafkaTests
{
    [Fact]
    public async Task Start_FromStandby_AcksInProgressThenCompleteAndPublishesDisabled()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        await using var h = await CscHarness.StartAsync("ATOODS", time, "ackcmd", "logevent_summaryState");
        var standby = h.Standby!;
        Assert.Equal(5, standby["summaryState"]);
        Assert.Equal(time.GetUtcNow().ToUnixTimeSeconds() + 37.0, (double)standby["private_sndStamp"]);
        Assert.Equal("ATOODS", standby["private_identity"]);

        await h.Control.SendCommandAsync("command_start", 1234, "user@host", 4321, new Dictionary<string, object> { ["configurationOverride"] = string.Empty });

        var acks = new List<GenericRecord>();
        GenericRecord? disabled = null;
        while (acks.Count == 0 || (int)acks[^1]["ack"] != 303 || disabled is null)
        {
            var (name, record) = await h.Control.ReadUntilAsync((_, _) => true, h.Timeout);
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
        Assert.Equal(SummaryState.Disabled, h.Csc.State);
    }

    [Fact]
    public async Task FileOutcome_WhenEnabled_PublishesImageInOods()
    {
        await using var h = await CscHarness.StartAsync("MTOODS", new FakeTimeProvider(), "ackcmd", "logevent_summaryState", "logevent_imageInOODS");
        Assert.Equal(303, await h.FinalAckAsync("command_start", 10));
        Assert.Equal(303, await h.FinalAckAsync("command_enable", 11));
        Assert.True(h.Ingest.IsEnabled);

        await h.Outcomes.PublishAsync(Outcome("MC_O_20261128_000001"), CancellationToken.None);
        var (_, image) = await h.Control.ReadUntilAsync((n, _) => n == "logevent_imageInOODS", h.Timeout);

        Assert.Equal("MC_O_20261128_000001", image["obsid"]);
        Assert.Equal("LSSTCam", image["camera"]);
        Assert.Equal("R22", image["raft"]);
        Assert.Equal("undef", image["sensor"]);
        Assert.Equal(0, image["statusCode"]);
        Assert.Equal("file ingested", image["description"]);
    }

    internal static FileOutcome Outcome(string obsId) => new()
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
