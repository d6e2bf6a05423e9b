using System.Diagnostics;
using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Oods.Csc.Registry;
using Oods.Csc.SalInterface;
using Oods.Csc.Wire;

namespace Oods.Csc.Service;

/// <content>Startup: clients, topics, schema registration, the duplicate check, command-topic assignment.</content>
public sealed partial class CscService
{
    private IProducer<string, byte[]> BuildProducer()
    {
        var config = new ProducerConfig
        {
            BootstrapServers = _options.BrokerAddress,
            LingerMs = 0,
            QueueBufferingMaxMessages = _options.OutboxCapacity,
            MessageTimeoutMs = (int)_options.DeliveryTimeout.TotalMilliseconds,
        };
        config.Set("acks", _options.ProducerAcks);
        KafkaClients.ApplyConnection(config, _options);
        return new ProducerBuilder<string, byte[]>(config)
            .SetLogHandler((_, m) => LogKafkaClient(_logger, m.Name, m.Message))
            .SetErrorHandler((_, e) =>
            {
                if (e.Code == ErrorCode.Local_AllBrokersDown)
                {
                    Oods.Core.Observability.OodsMetrics.SetKafkaConnected(false);
                }

                LogKafkaError(_logger, e.Reason);
            })
            .Build();
    }

    private IConsumer<Ignore, byte[]> BuildConsumer()
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = _options.BrokerAddress,
            GroupId = $"{_component.Name}-{Guid.NewGuid():N}",
            EnableAutoCommit = false,
            AllowAutoCreateTopics = false,
            FetchWaitMaxMs = (int)_options.FetchWaitMax.TotalMilliseconds,
        };
        KafkaClients.ApplyConnection(config, _options);
        return new ConsumerBuilder<Ignore, byte[]>(config)
            .SetLogHandler((_, m) => LogKafkaClient(_logger, m.Name, m.Message))
            .SetErrorHandler((_, e) => LogKafkaError(_logger, e.Reason))
            .Build();
    }

    private async Task PrepareTopicsAsync(IProducer<string, byte[]> producer, CancellationToken cancellationToken)
    {
        using var admin = new DependentAdminClientBuilder(producer.Handle).Build();
        if (_options.CreateTopics)
        {
            // Like salobj: list the broker's topics and create only the missing ones.
            var existing = admin.GetMetadata(TimeSpan.FromSeconds(10)).Topics
                .Where(t => !t.Error.IsError).Select(t => t.Topic).ToHashSet(StringComparer.Ordinal);
            var specs = _component.Topics
                .Where(t => !existing.Contains(_component.KafkaTopic(_options.TopicSubname, t)))
                .Select(t => new TopicSpecification
                {
                    Name = _component.KafkaTopic(_options.TopicSubname, t),
                    NumPartitions = SalComponent.Partitions,
                    ReplicationFactor = _options.ReplicationFactor,
                    Configs = SalComponent.CleanupPolicy(t) is { } policy ? new Dictionary<string, string> { ["cleanup.policy"] = policy } : null,
                })
                .ToList();
            try
            {
                if (specs.Count > 0)
                {
                    await admin.CreateTopicsAsync(specs, new CreateTopicsOptions { RequestTimeout = TimeSpan.FromSeconds(10) }).ConfigureAwait(false);
                }
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

    private void CheckDuplicate(IProducer<string, byte[]> producer, IConsumer<Ignore, byte[]> consumer, CancellationToken cancellationToken)
    {
        // salobj: before its own heartbeat starts, any heartbeat under this name within 3 intervals is another instance.
        var heartbeat = _component.Topic("logevent_heartbeat");
        AssignAtEnd(producer, consumer, [heartbeat]);
        var wait = Stopwatch.StartNew();
        while (wait.Elapsed < 3 * _options.HeartbeatInterval)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result?.Message?.Value is { } value && TryDecode(result, value, heartbeat, cancellationToken) is { } sample)
            {
                throw new DuplicateCscException(_component.Name, sample.Origin, sample.Identity);
            }
        }
    }

    private void AssignAtEnd(IProducer<string, byte[]> producer, IConsumer<Ignore, byte[]> consumer, IEnumerable<SalTopic> topics) =>
        consumer.Assign(KafkaClients.StartOffsets(producer, consumer, KafkaClients.Names(_component, _options.TopicSubname, topics), history: 0));
}
