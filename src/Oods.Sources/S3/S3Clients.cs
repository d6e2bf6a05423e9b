using Amazon.Runtime;
using Amazon.S3;
using Confluent.Kafka;
using Oods.Core.Configuration;

namespace Oods.Sources.S3;

/// <summary>Builds the S3 client and the Kafka consumer of a <c>message_ingester</c>.</summary>
internal static class S3Clients
{
    /// <summary>The S3 client: endpoint from the block or $S3_ENDPOINT_URL, keys from the named variables (else the SDK's default chain).</summary>
    public static AmazonS3Client S3(S3ClientOptions options)
    {
        var endpoint = options.EndpointUrl.Length > 0 ? options.EndpointUrl : Environment.GetEnvironmentVariable("S3_ENDPOINT_URL") ?? "";
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            Timeout = options.Timeout.ToTimeSpan(),
            MaxErrorRetry = 1,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (endpoint.Length > 0)
        {
            config.ServiceURL = endpoint;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }

        var key = Environment.GetEnvironmentVariable(options.AccessKeyEnv);
        var secret = Environment.GetEnvironmentVariable(options.SecretKeyEnv);
        return string.IsNullOrEmpty(key) || string.IsNullOrEmpty(secret)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(key, secret), config);
    }

    /// <summary>The consumer: no auto-commit (offsets are committed after the outcomes), earliest offset for a new group.</summary>
    public static ConsumerConfig Consumer(KafkaConsumerOptions options)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = string.Join(',', options.Brokers),
            GroupId = options.GroupId,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            AllowAutoCreateTopics = true,
            SessionTimeoutMs = (int)(options.SessionTimeout * 1000),
        };
        var protocol = options.SecurityProtocol.Length > 0 ? options.SecurityProtocol : Environment.GetEnvironmentVariable("LSST_KAFKA_SECURITY_PROTOCOL") ?? "";
        if (protocol.Length > 0)
        {
            config.SecurityProtocol = Enum.Parse<SecurityProtocol>(protocol.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
        }

        var mechanism = options.SaslMechanism.Length > 0 ? options.SaslMechanism : Environment.GetEnvironmentVariable("LSST_KAFKA_SECURITY_MECHANISM") ?? "";
        if (mechanism.Length > 0)
        {
            config.Set("sasl.mechanism", mechanism);
        }

        if (Environment.GetEnvironmentVariable(options.UsernameEnv) is { Length: > 0 } user)
        {
            config.SaslUsername = user;
            config.SaslPassword = Environment.GetEnvironmentVariable(options.PasswordEnv) ?? "";
        }

        return config;
    }
}
