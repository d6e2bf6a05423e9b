namespace Oods.Core.Configuration;

/// <summary>The <c>kafka</c> block of a <c>message_ingester</c>: where the S3 bucket notifications are consumed (ctrl_oods <c>KafkaConfig</c>).</summary>
public sealed class KafkaConsumerOptions
{
    /// <summary>Bootstrap brokers (<c>host:port</c>); required.</summary>
    public List<string> Brokers { get; set; } = [];

    /// <summary>Topics carrying the bucket notifications; required.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>Consumer group id; its committed offsets are where a restart resumes; required.</summary>
    public string GroupId { get; set; } = "";

    /// <summary>Most messages whose objects are ingested in one repository transaction; default 100.</summary>
    public int MaxMessages { get; set; } = 100;

    /// <summary>Longest time (seconds) a batch waits to fill up once its first message arrived; default 1.0.</summary>
    public double MaxWaitTime { get; set; } = 1.0;

    /// <summary>Accepted for ctrl_oods compatibility (seconds; default 0.1); OODS batches by <c>max_wait_time</c> only.</summary>
    public double GroupWaitTime { get; set; } = 0.1;

    /// <summary>How long (seconds) one poll waits when no message is there, so the loop keeps beating; default 0.2.</summary>
    public double TimeToWaitWithoutData { get; set; } = 0.2;

    /// <summary>Consumer-group session timeout (seconds; default 45, librdkafka's): how long the group waits for a consumer that died without leaving.</summary>
    public double SessionTimeout { get; set; } = 45;

    /// <summary>Kafka <c>security.protocol</c> (plaintext, ssl, sasl_plaintext, sasl_ssl); default empty: plaintext, or $LSST_KAFKA_SECURITY_PROTOCOL.</summary>
    public string SecurityProtocol { get; set; } = "";

    /// <summary>SASL mechanism (e.g. SCRAM-SHA-512); default empty: $LSST_KAFKA_SECURITY_MECHANISM if set.</summary>
    public string SaslMechanism { get; set; } = "";

    /// <summary>Environment variable holding the SASL user name; default LSST_KAFKA_SECURITY_USERNAME.</summary>
    public string UsernameEnv { get; set; } = "LSST_KAFKA_SECURITY_USERNAME";

    /// <summary>Environment variable holding the SASL password; default LSST_KAFKA_SECURITY_PASSWORD.</summary>
    public string PasswordEnv { get; set; } = "LSST_KAFKA_SECURITY_PASSWORD";
}
