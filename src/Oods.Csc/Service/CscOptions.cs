namespace Oods.Csc.Service;

/// <summary>Options of the OODS CSC (section <c>Csc</c>); environment names are salobj's.</summary>
public sealed class CscOptions
{
    /// <summary>SAL component name: ATOODS, CCOODS, MTOODS, WFOODS. Default ATOODS.</summary>
    public string ComponentName { get; set; } = "ATOODS";

    /// <summary>Second part of every topic name (<c>LSST_TOPIC_SUBNAME</c>); <c>sal</c> in production. Required.</summary>
    public string TopicSubname { get; set; } = string.Empty;

    /// <summary>Kafka bootstrap servers (<c>LSST_KAFKA_BROKER_ADDR</c>). Default <c>broker:29092</c>.</summary>
    public string BrokerAddress { get; set; } = "broker:29092";

    /// <summary>Schema registry URL (<c>LSST_SCHEMA_REGISTRY_URL</c>). Default <c>http://schema-registry:8081</c>.</summary>
    public Uri SchemaRegistryUrl { get; set; } = new("http://schema-registry:8081");

    /// <summary>Producer acks (<c>LSST_KAFKA_PRODUCER_WAIT_ACKS</c>): <c>1</c>, <c>all</c> or <c>0</c>. Default 1.</summary>
    public string ProducerAcks { get; set; } = "1";

    /// <summary>Create missing topics with the admin API at start (the dev broker disallows auto-creation). Default true.</summary>
    public bool CreateTopics { get; set; } = true;

    /// <summary>Replication factor of created topics (<c>LSST_KAFKA_REPLICATION_FACTOR</c>). Default 1.</summary>
    public short ReplicationFactor { get; set; } = 1;

    /// <summary>Heartbeat period. Default 1 s (salobj <c>HEARTBEAT_INTERVAL</c>).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Delay between the exitControl ack and stopping the host. Default 1 s (salobj <c>SHUTDOWN_DELAY</c>).</summary>
    public TimeSpan ShutdownDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Version reported in <c>softwareVersions.cscVersion</c>. Default the assembly version.</summary>
    public string CscVersion { get; set; } = typeof(CscOptions).Assembly.GetName().Version?.ToString() ?? string.Empty;

    /// <summary>ts_xml version reported in <c>softwareVersions.xmlVersion</c>. Default 28.0.1 (the schemas generated).</summary>
    public string XmlVersion { get; set; } = "28.0.1";

    /// <summary>SASL user name (<c>LSST_KAFKA_SECURITY_USERNAME</c>); SASL is used only when it and the password are set. Default none.</summary>
    public string? SecurityUsername { get; set; }

    /// <summary>SASL password (<c>LSST_KAFKA_SECURITY_PASSWORD</c>). Default none.</summary>
    public string? SecurityPassword { get; set; }

    /// <summary>Security protocol with SASL (<c>LSST_KAFKA_SECURITY_PROTOCOL</c>). Default <c>SASL_PLAINTEXT</c>.</summary>
    public string SecurityProtocol { get; set; } = "SASL_PLAINTEXT";

    /// <summary>SASL mechanism (<c>LSST_KAFKA_SECURITY_MECHANISM</c>). Default <c>SCRAM-SHA-512</c>.</summary>
    public string SecurityMechanism { get; set; } = "SCRAM-SHA-512";

    /// <summary>Events kept while the broker is unreachable; what overflows is counted and logged. Default 100 000.</summary>
    public int OutboxCapacity { get; set; } = 100_000;

    /// <summary>How long an event waits for the broker before it is dropped (counted and logged). Default 15 min.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Longest time the broker may hold a fetch that has no data (librdkafka <c>fetch.wait.max.ms</c>). Default 500 ms,
    /// librdkafka's: a real broker answers as soon as a message arrives, but librdkafka's mock cluster only after the wait.
    /// </summary>
    public TimeSpan FetchWaitMax { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long a request to the broker may go unanswered before the connection is dropped and made again (librdkafka
    /// <c>socket.timeout.ms</c>). Default 10 s instead of librdkafka's 60 s: after a broker restart or a network cut that
    /// did not close the socket, commands reach the CSC again within seconds. Must exceed <see cref="FetchWaitMax"/>.
    /// </summary>
    public TimeSpan SocketTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Refuse to start when another process heartbeats under the same name within 3 heartbeats (salobj's check). Default true.</summary>
    public bool CheckDuplicate { get; set; } = true;
}
