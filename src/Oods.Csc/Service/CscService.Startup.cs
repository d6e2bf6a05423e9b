using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Oods.Csc.Registry;
using Oods.Csc.SalInterface;
using Oods.Csc.Wire;

namespace Oods.Csc.Service;

/// <content>Startup: clients, topics, schema registration, command-topic assignment.</content>
public sealed partial class CscService
{
    private IProducer<string, byte[]> BuildProducer()
    {
        var config = new ProducerConfig { BootstrapServers = _options.BrokerAddress, LingerMs = 0 };
        config.Set("acks", _options.ProducerAcks);
        return new ProducerBuilder<string, byte[]>(config).Build();
    }

    private IConsumer<Ignore, byte[]> BuildConsumer()
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = _options.BrokerAddress,
            GroupId = $"{_component.Name}-{Guid.NewGuid():N}",
            EnableAutoCommit = false,
            AllowAutoCreateTopics = false,
        };
        return new ConsumerBuilder<Ignore, byte[]>(config).Build();
    }

    private async Task PrepareTopicsAsync(IProducer<string, byte[]> producer, CancellationToken cancellationToken)
    {
        using var admin = new DependentAdminClientBuilder(producer.Handle).Build();
        if (_options.CreateTopics)
        {
            var specs = _component.Topics.Select(t => new TopicSpecification
            {
                Name = _component.KafkaTopic(_options.TopicSubname, t),
                NumPartitions = SalComponent.Partitions,
                ReplicationFactor = _options.ReplicationFactor,
                Configs = SalComponent.CleanupPolicy(t) is { } policy ? new Dictionary<string, string> { ["cleanup.policy"] = policy } : null,
            });
            try
            {
                await admin.CreateTopicsAsync(specs, new CreateTopicsOptions { RequestTimeout = TimeSpan.FromSeconds(10) }).ConfigureAwait(false);
            }
            catch (CreateTopicsException ex) when (ex.Results.All(r => r.Error.Code is ErrorCode.NoError or ErrorCode.TopicAlreadyExists))
            {
                // salobj ignores TOPIC_ALREADY_EXISTS too.
            }
            catch (KafkaException ex)
            {
                LogCreateTopicsFailed(_logger, ex);
            }
        }

        // A metadata request per topic pre-fetches metadata for writes (librdkafka's 1 s first-message delay)
        // and lets a broker that allows auto-creation create the topic.
        foreach (var topic in _component.Topics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            admin.GetMetadata(_component.KafkaTopic(_options.TopicSubname, topic), TimeSpan.FromSeconds(5));
        }
    }

    private async Task RegisterSchemasAsync(SchemaRegistryClient registry, CancellationToken cancellationToken)
    {
        var origin = Environment.ProcessId;
        var clock = new TaiClock(_time);
        foreach (var topic in _component.Topics)
        {
            var text = AvroSchemaGenerator.SchemaText(_component, topic);
            var id = await registry.RegisterAsync(_component.Subject(_options.TopicSubname, topic), text, cancellationToken).ConfigureAwait(false);
            _catalog!.Add(id, text);
            _writers[topic.SalName] = new SalTopicWriter(_component, topic, id, origin, clock);
        }
    }

    private void AssignCommandTopics(IProducer<string, byte[]> producer, IConsumer<Ignore, byte[]> consumer)
    {
        using var admin = new DependentAdminClientBuilder(producer.Handle).Build();
        var assignment = new List<TopicPartitionOffset>();
        foreach (var topic in _component.Topics.Where(t => t.Kind == SalTopicKind.Command))
        {
            var name = _component.KafkaTopic(_options.TopicSubname, topic);
            foreach (var partition in admin.GetMetadata(name, TimeSpan.FromSeconds(5)).Topics.Single().Partitions)
            {
                var tp = new TopicPartition(name, partition.PartitionId);
                var high = consumer.QueryWatermarkOffsets(tp, TimeSpan.FromSeconds(5)).High;
                assignment.Add(new TopicPartitionOffset(tp, high));
            }
        }

        consumer.Assign(assignment);
    }
}
