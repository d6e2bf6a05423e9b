using Oods.Host.Tests.Support;
using Oods.TestUtilities;
using Oods.TestUtilities.Csc;

namespace Oods.Host.Tests.Csc;

/// <summary>The real <c>oods</c> in CSC mode against the mock broker and the registry stand-in, with an observatory client.</summary>
internal sealed class CscProcess : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public CscProcess(string component, params string[] readTopics)
    {
        Component = component;
        ObservatoryControl.CreateTopics(Kafka, component, Subname);
        Control = new ObservatoryControl(Kafka.Bootstrap, Registry.Url, component, Subname, [.. readTopics.Append("ackcmd").Append("logevent_summaryState").Distinct()]);
        File.WriteAllText(Directory.Combine("oods.yaml"), """
            default_interval: &interval {days: 0, hours: 0, minutes: 0, seconds: 0}
            file_ingester:
              image_staging_directory: landing
              staging_directory: staging
              bad_file_directory: bad
              batch_size: 20
              new_file_scan_interval: {<<: *interval, seconds: 1}
              butler:
                instrument: lsst.obs.lsst.LsstComCam
                repo_directory: repo
                collections: [LSSTComCam/raw/all]
            status: {port: 0}
            """);
    }

    public string Component { get; }

    public MockKafkaCluster Kafka { get; } = new();

    public SchemaRegistryStandIn Registry { get; } = new();

    public TempDirectory Directory { get; } = new();

    public string Subname { get; } = "test_" + Guid.NewGuid().ToString("N")[..8];

    public ObservatoryControl Control { get; }

    /// <summary>A deadline of <see cref="Patience"/> for one step (one wait), new on every read.</summary>
    /// <remarks>
    /// Per step, not one budget for the whole test: the state-cycle test has some fifteen sequential waits (process
    /// start, commands, two ingests into a new repository, exit) and one 3-minute budget for all of them ran out once
    /// on a machine at load ~20, though no single step was stuck.
    /// </remarks>
    public static CancellationToken StepTimeout => new CancellationTokenSource(Patience).Token;

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["LSST_TOPIC_SUBNAME"] = Subname,
        ["LSST_KAFKA_BROKER_ADDR"] = Kafka.Bootstrap,
        ["LSST_SCHEMA_REGISTRY_URL"] = Registry.Url.ToString(),
    };

    /// <summary>Starts an oods process in CSC mode (more can be started) and waits for it to report STANDBY.</summary>
    public async Task<OodsProcess> StartAsync()
    {
        var oods = OodsProcess.Start(Directory.Path, Environment, "run", "--config", "oods.yaml", "--component", Component);
        await Control.ReadUntilAsync((n, r) => n == "logevent_summaryState" && (int)r["summaryState"] == 5, StepTimeout);
        return oods;
    }

    public async Task<int> FinalAckAsync(string command, int seqNum)
    {
        var values = command == "command_start" ? new Dictionary<string, object> { ["configurationOverride"] = string.Empty } : null;
        var acks = await Control.CommandAsync(command, seqNum, StepTimeout, values);
        return (int)acks[^1]["ack"];
    }

    public void DropIntoLanding(string source, string subPath)
    {
        var target = Directory.Combine("landing", subPath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var hidden = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target));
        File.Copy(source, hidden);
        File.Move(hidden, target);
    }

    public ValueTask DisposeAsync()
    {
        Control.Dispose();
        Registry.Dispose();
        Kafka.Dispose();
        Directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
