using Confluent.Kafka;
using Oods.Butler;
using Oods.Core.Configuration;
using Oods.Core.Health;
using Oods.Core.Lifecycle;
using Oods.Core.Outcomes;
using Oods.Core.Repositories;
using Oods.Sources.S3;
using Oods.TestUtilities;
using Oods.TestUtilities.Csc;

namespace Oods.Sources.Tests.Support;

/// <summary>s3rver, a librdkafka mock cluster with the notification topic, a Gen3 repository, and workers on them.</summary>
internal sealed class S3Harness : IDisposable
{
    /// <summary>The notification topic.</summary>
    public const string Topic = "lsstcam-notifications";

    private readonly TempDirectory _local = new();
    private readonly IProducer<Null, string> _producer;

    /// <summary>Starts the servers.</summary>
    public S3Harness()
    {
        S3 = new S3Server();
        Kafka = new MockKafkaCluster();
        Kafka.CreateTopic(Topic);
        _producer = new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = Kafka.Bootstrap }).Build();
    }

    /// <summary>The S3 server.</summary>
    public S3Server S3 { get; }

    /// <summary>The Kafka cluster.</summary>
    public MockKafkaCluster Kafka { get; }

    /// <summary>The repository root.</summary>
    public string Repository => _local.Combine("repo");

    /// <summary>The journal root (<c>state/journal</c>).</summary>
    public string JournalRoot => _local.Combine("state", "journal");

    /// <summary>The logger of the last worker made.</summary>
    public CapturingLogger<S3MessageWorker> Logger { get; private set; } = new();

    /// <summary>Where every worker reports its state.</summary>
    public Oods.Core.Observability.StreamMonitor Monitor { get; } = new();

    /// <summary>The sink of the last worker made.</summary>
    public CollectingSink Sink { get; private set; } = new();

    /// <summary>The options of a <c>message_ingester</c> on these servers.</summary>
    public MessageIngesterOptions Options(string profile = "") => new()
    {
        Name = "s3test",
        Kafka = new KafkaConsumerOptions { Brokers = [Kafka.Bootstrap], Topics = [Topic], GroupId = "oods-test", MaxWaitTime = 0.1, SessionTimeout = 3 },
        S3 = new S3ClientOptions { EndpointUrl = S3.Endpoint, AccessKeyEnv = "OODS_TEST_S3_KEY", SecretKeyEnv = "OODS_TEST_S3_SECRET", HeaderBytes = 2880 * 2, Timeout = TimeInterval.FromSeconds(5) },
        Butler = new S3ButlerOptions { Instrument = "LSSTComCam", RepoDirectory = Repository, Collections = ["LSSTComCam/raw/all"], S3profile = profile },
    };

    /// <summary>A new worker (as after a restart: same group, same repository), with a fresh logger and sink.</summary>
    public S3MessageWorker Worker(MessageIngesterOptions options, IRepositoryWriterFactory? repositories = null, IngestSwitch? ingestSwitch = null)
    {
        Environment.SetEnvironmentVariable("OODS_TEST_S3_KEY", "S3RVER");
        Environment.SetEnvironmentVariable("OODS_TEST_S3_SECRET", "S3RVER");
        Logger = new CapturingLogger<S3MessageWorker>();
        Sink = new CollectingSink();
        var settings = S3MessageSettings.Resolve(options, _local.Combine("state"), _local.Path);
        return new S3MessageWorker(
            settings,
            S3Clients.S3(options.S3),
            repositories ?? new ButlerRepositoryFactory(),
            [Sink],
            ingestSwitch ?? new IngestSwitch(enabledAtStart: true),
            TimeProvider.System,
            new LoopHealth(TimeProvider.System),
            Monitor,
            Logger);
    }

    /// <summary>Puts a synthetic ComCam raw into the bucket.</summary>
    public Task PutRawAsync(string key, int index) => S3.PutAsync(key, Oods.TestUtilities.Fits.SyntheticRaws.ComCam(index));

    /// <summary>Sends a notification naming objects of the bucket (kafka_msg.json with bucket and key replaced).</summary>
    public Task NotifyAsync(params string[] keys)
    {
        var template = File.ReadAllText(SharedData.Path("data", "ctrl_oods", "kafka_msg.json"));
        var record = System.Text.Json.Nodes.JsonNode.Parse(template)!["Records"]![0]!;
        var records = new System.Text.Json.Nodes.JsonArray();
        foreach (var key in keys)
        {
            var copy = record.DeepClone();
            copy["s3"]!["bucket"]!["name"] = S3Server.Bucket;
            copy["s3"]!["object"]!["key"] = Uri.EscapeDataString(key).Replace("%2F", "/", StringComparison.Ordinal);
            records.Add(copy);
        }

        return SendAsync(new System.Text.Json.Nodes.JsonObject { ["Records"] = records }.ToJsonString());
    }

    /// <summary>Sends a message as it is.</summary>
    public Task SendAsync(string value) => _producer.ProduceAsync(Topic, new Message<Null, string> { Value = value });

    /// <summary>The paths of the raw file records in the registry.</summary>
    public List<string> RegistryPaths() => Gen3RegistryFile.DatastorePaths(Repository);

    /// <summary>Waits (up to 30 s) until the sink holds <paramref name="count"/> outcomes.</summary>
    public async Task<IReadOnlyList<FileOutcome>> OutcomesAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Sink.Outcomes.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{Sink.Outcomes.Count} outcomes, expected {count}: {string.Join(" | ", Logger.Events.Select(e => e.Message))}");
            await Task.Delay(20);
        }

        return Sink.Outcomes;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _producer.Dispose();
        Kafka.Dispose();
        S3.Dispose();
        _local.Dispose();
    }
}
