using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Oods.Core.Lifecycle;
using Oods.Core.Outcomes;
using Oods.Csc.Logging;
using Oods.Csc.Service;
using Oods.TestUtilities.Csc;

namespace Oods.Csc.Tests.Service;

/// <summary>A CscService on the mock broker and the registry stand-in, with an observatory-control client.</summary>
internal sealed class CscHarness : IAsyncDisposable
{
    private CscHarness(string component, TimeProvider time, bool checkDuplicate, params string[] readTopics)
    {
        Subname = "test_" + Guid.NewGuid().ToString("N")[..8];
        ObservatoryControl.CreateTopics(Kafka, component, Subname);
        Control = new ObservatoryControl(Kafka.Bootstrap, Registry.Url, component, Subname, [.. readTopics.Append("logevent_summaryState").Distinct()]);
        Options = new CscOptions
        {
            ComponentName = component,
            TopicSubname = Subname,
            BrokerAddress = Kafka.Bootstrap,
            SchemaRegistryUrl = Registry.Url,
            CheckDuplicate = checkDuplicate,
        };
        Logs = new CscLogForwarder(new CscLogLevel());
        Csc = NewService(time);
    }

    public MockKafkaCluster Kafka { get; } = new();

    public SchemaRegistryStandIn Registry { get; } = new();

    public string Subname { get; }

    public ObservatoryControl Control { get; }

    public CscOptions Options { get; }

    public OutcomePublisher Outcomes { get; } = new();

    public IngestSwitch Ingest { get; } = new(enabledAtStart: false);

    public CscLogForwarder Logs { get; }

    public CscService Csc { get; }

    /// <summary>The first summaryState (STANDBY) the CSC published.</summary>
    public Avro.Generic.GenericRecord? Standby { get; private set; }

    public CancellationToken Timeout { get; } = new CancellationTokenSource(TimeSpan.FromSeconds(45)).Token;

    public static async Task<CscHarness> StartAsync(string component, TimeProvider time, params string[] readTopics)
    {
        var harness = new CscHarness(component, time, checkDuplicate: false, readTopics);
        await harness.Csc.StartAsync(harness.Timeout);
        (_, harness.Standby) = await harness.Control.ReadUntilAsync((n, r) => n == "logevent_summaryState" && (int)r["summaryState"] == 5, harness.Timeout);
        return harness;
    }

    public CscService NewService(TimeProvider time, ILogger<CscService>? logger = null) =>
        new(Microsoft.Extensions.Options.Options.Create(Options), Outcomes, Ingest, Logs, time, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), logger ?? NullLogger<CscService>.Instance);

    public async Task<int> FinalAckAsync(string command, int seqNum, IReadOnlyDictionary<string, object>? values = null)
    {
        var acks = await Control.CommandAsync(command, seqNum, Timeout, values ?? (command == "command_start" ? new Dictionary<string, object> { ["configurationOverride"] = string.Empty } : null));
        return (int)acks[^1]["ack"];
    }

    public async ValueTask DisposeAsync()
    {
        await Csc.StopAsync(CancellationToken.None);
        Csc.Dispose();
        Control.Dispose();
        Registry.Dispose();
        Kafka.Dispose();
        Ingest.Dispose();
    }
}
