using Avro.Generic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Oods.Csc.Service;
using Oods.TestUtilities.Csc;

namespace Oods.Csc.Tests.Service;

/// <summary>Malformed input, bad sequence numbers, a broker that goes away, a second instance, log forwarding.</summary>
public sealed class CscServiceRobustnessTests
{
    [Fact]
    public async Task MalformedCommands_BadMagicUnknownSchemaUndecodable_SkippedAndLoopGoesOn()
    {
        await using var h = await CscHarness.StartAsync("ATOODS", new FakeTimeProvider(), "ackcmd");
        var valid = ObservatoryControl.Frame(1, h.Control.FileSchema("command_enable"), Record(h.Control, "command_enable"));

        await h.Control.SendRawAsync("command_enable", [0x01, .. valid.AsSpan(1)]);
        await h.Control.SendRawAsync("command_enable", [0, 0, 0, 0x7f, 0x7f, 1, 2, 3]);
        await h.Control.SendRawAsync("command_enable", [0, 0, 0, 0, 1, 0xff]);
        await h.Control.SendRawAsync("command_enable", [0, 0]);

        Assert.Equal(303, await h.FinalAckAsync("command_start", 5));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task Command_SeqNumNotPositive_IgnoredThenNextCommandAnswered(int seqNum)
    {
        await using var h = await CscHarness.StartAsync("ATOODS", new FakeTimeProvider(), "ackcmd");

        await h.Control.SendCommandAsync("command_start", seqNum, "observer@test", 4242, new Dictionary<string, object> { ["configurationOverride"] = string.Empty });
        Assert.Equal(303, await h.FinalAckAsync("command_start", 9));

        Assert.Equal(Oods.Csc.States.SummaryState.Disabled, h.Csc.State);
    }

    [Fact]
    public async Task BrokerDown_OutcomesMeanwhile_SentWhenItReturns()
    {
        await using var h = await CscHarness.StartAsync("MTOODS", TimeProvider.System, "ackcmd", "logevent_imageInOODS");
        Assert.Equal(303, await h.FinalAckAsync("command_start", 1));
        Assert.Equal(303, await h.FinalAckAsync("command_enable", 2));

        h.Kafka.BrokerDown();
        for (var i = 0; i < 5; i++)
        {
            await h.Outcomes.PublishAsync(CscServiceKafkaTests.Outcome($"MC_O_20261128_{i:D6}"), CancellationToken.None);
        }

        await Task.Delay(TimeSpan.FromSeconds(3), h.Timeout); // the broker stays away for a while (not a synchronisation)
        h.Kafka.BrokerUp();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Count < 5)
        {
            var (_, image) = await h.Control.ReadUntilAsync((n, _) => n == "logevent_imageInOODS", h.Timeout);
            seen.Add((string)image["obsid"]);
        }

        Assert.Equal(0, h.Csc.DroppedEvents);
    }

    [Fact]
    public async Task SecondInstance_SameName_RefusesToStart()
    {
        await using var h = await CscHarness.StartAsync("ATOODS", TimeProvider.System, "ackcmd");
        var options = h.Options;
        options.CheckDuplicate = true;
        using var second = h.NewService(TimeProvider.System);

        await second.StartAsync(h.Timeout);
        var error = await Assert.ThrowsAsync<DuplicateCscException>(() => second.ExecuteTask!.WaitAsync(h.Timeout));

        Assert.Equal("ATOODS", error.Component);
        Assert.Equal(Environment.ProcessId, error.Origin);
    }

    [Fact]
    public async Task SetLogLevel_ToWarning_PublishesLogLevelAndForwardsOnlyWarnings()
    {
        await using var h = await CscHarness.StartAsync("ATOODS", new FakeTimeProvider(), "ackcmd", "logevent_logLevel", "logevent_logMessage");
        var changed = new List<int>();
        h.Logs.Level.Changed += (_, level) => changed.Add(level);
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(h.Logs));
        var logger = factory.CreateLogger("Oods.Core.Pipeline.StreamWorker");

        Assert.Equal(303, await h.FinalAckAsync("command_setLogLevel", 3, new Dictionary<string, object> { ["level"] = 30, ["subsystem"] = string.Empty }));
        if (!h.Control.Seen.Any(s => s.SalName == "logevent_logLevel" && (int)s.Record["level"] == 30))
        {
            await h.Control.ReadUntilAsync((n, r) => n == "logevent_logLevel" && (int)r["level"] == 30, h.Timeout);
        }
        logger.LogInformation("not forwarded");
        logger.LogWarning(new EventId(7051), "transport, not forwarded");
        logger.LogWarning("file {Name} failed", "x.fits");

        var (_, message) = await h.Control.ReadUntilAsync((n, _) => n == "logevent_logMessage", h.Timeout);
        Assert.Equal("file x.fits failed", message["message"]);
        Assert.Equal(30, message["level"]);
        Assert.Equal("Oods.Core.Pipeline.StreamWorker", message["name"]);
        Assert.Equal([30], changed);
    }

    private static GenericRecord Record(ObservatoryControl control, string salName)
    {
        var schema = control.FileSchema(salName);
        var record = new GenericRecord(schema);
        foreach (var field in schema.Fields)
        {
            record.Add(field.Name, field.Schema.Tag switch
            {
                Avro.Schema.Type.Double => 0.0,
                Avro.Schema.Type.Int => 1,
                _ => (object)string.Empty,
            });
        }

        return record;
    }
}
