using Confluent.Kafka;
using Oods.Csc.SalInterface;

namespace Oods.Csc.Service;

/// <summary>What the CSC and its remote configure the same way: the connection (socket timeout, SASL), and where a reader starts on each topic.</summary>
internal static class KafkaClients
{
    /// <summary>
    /// Adds the connection settings to a client configuration: the socket timeout, and SASL only when both the user name
    /// and the password are set (as salobj does).
    /// </summary>
    /// <param name="config">The producer, consumer or admin configuration.</param>
    /// <param name="options">The CSC options.</param>
    public static void ApplyConnection(ClientConfig config, CscOptions options)
    {
        config.SocketTimeoutMs = (int)options.SocketTimeout.TotalMilliseconds;
        if (!string.IsNullOrEmpty(options.SecurityUsername) && !string.IsNullOrEmpty(options.SecurityPassword))
        {
            config.SaslUsername = options.SecurityUsername;
            config.SaslPassword = options.SecurityPassword;
            config.Set("security.protocol", options.SecurityProtocol);
            config.Set("sasl.mechanism", options.SecurityMechanism);
        }
    }

    /// <summary>Where to read each partition of the topics: <paramref name="history"/> messages before the high watermark (salobj's late-joiner read; 0 = only new messages).</summary>
    /// <param name="producer">A producer whose handle serves the metadata requests.</param>
    /// <param name="consumer">The consumer that will read.</param>
    /// <param name="kafkaTopics">The Kafka topic names.</param>
    /// <param name="history">How many old messages per partition to read again.</param>
    /// <returns>The offsets to assign.</returns>
    /// <exception cref="KafkaException">A topic does not exist or the broker cannot be reached.</exception>
    public static List<TopicPartitionOffset> StartOffsets(IProducer<string, byte[]> producer, IConsumer<Ignore, byte[]> consumer, IEnumerable<string> kafkaTopics, int history)
    {
        using var admin = new DependentAdminClientBuilder(producer.Handle).Build();
        var assignment = new List<TopicPartitionOffset>();
        foreach (var name in kafkaTopics)
        {
            var metadata = admin.GetMetadata(name, TimeSpan.FromSeconds(5)).Topics.Single();
            if (metadata.Partitions.Count == 0)
            {
                throw new KafkaException(new Error(metadata.Error.Code, $"topic {name} has no partitions ({metadata.Error.Reason})"));
            }

            foreach (var partition in metadata.Partitions)
            {
                var tp = new TopicPartition(name, partition.PartitionId);
                var marks = consumer.QueryWatermarkOffsets(tp, TimeSpan.FromSeconds(5));
                assignment.Add(new TopicPartitionOffset(tp, Math.Max(marks.Low.Value, marks.High.Value - history)));
            }
        }

        return assignment;
    }

    /// <summary>The Kafka names of SAL topics.</summary>
    public static IEnumerable<string> Names(SalComponent component, string subname, IEnumerable<SalTopic> topics) =>
        topics.Select(t => component.KafkaTopic(subname, t));
}
