using Confluent.Kafka;
using Oods.Csc.Registry;
using Oods.Csc.SalInterface;
using Oods.Csc.Service;
using Oods.Csc.Wire;

namespace Oods.Csc.Remote;

/// <summary>
/// The observatory-control side of an OODS CSC, as a ts_salobj <c>Remote</c> does it: sends commands with its own
/// identity, origin and per-command seqNum ranges and reads their acks; reads the CSC's events.
/// </summary>
/// <remarks>
/// Same topic names, keys, schemas, Confluent framing and TAI stamps as the CSC, from the same code
/// (<see cref="SalComponent"/>, <see cref="SalTopicWriter"/>, <see cref="SalCodec"/>). Schemas are registered
/// for every topic read or written, as salobj does, so the registry hands back the CSC's ids. One remote is
/// used by one caller at a time.
/// </remarks>
public sealed partial class CscRemote : IDisposable
{
    private readonly CscOptions _options;
    private readonly SalComponent _component;
    private readonly TimeProvider _time;
    private readonly TaiClock _clock;
    private readonly HttpClient _http;
    private readonly SchemaRegistryClient _registry;
    private readonly SchemaCatalog _catalog;
    private readonly IProducer<string, byte[]> _producer;
    private readonly IConsumer<Ignore, byte[]> _consumer;
    private readonly CommandSequence _sequence;
    private readonly Dictionary<string, SalTopicWriter> _writers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SalTopic> _reading = new(StringComparer.Ordinal);
    private readonly List<TopicPartitionOffset> _assigned = [];

    /// <summary>Creates the remote; nothing is sent or read until a command or a watch.</summary>
    /// <param name="options">The CSC options (component, subname, broker, registry, security), as the CSC reads them.</param>
    /// <param name="time">Clock for stamps and ack timeouts.</param>
    /// <param name="identity">The <c>private_identity</c> to send (default <c>user@fqdn</c>).</param>
    public CscRemote(CscOptions options, TimeProvider time, string? identity = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _clock = new TaiClock(time);
        _component = OodsInterface.ForComponent(options.ComponentName);
        Identity = identity ?? RemoteIdentity.Current();
        _http = new HttpClient { BaseAddress = options.SchemaRegistryUrl, Timeout = TimeSpan.FromSeconds(10) };
        _registry = new SchemaRegistryClient(_http);
        _catalog = new SchemaCatalog(_registry);
        var producer = new ProducerConfig { BootstrapServers = options.BrokerAddress, LingerMs = 0 };
        producer.Set("acks", options.ProducerAcks);
        KafkaClients.ApplyConnection(producer, options);
        _producer = new ProducerBuilder<string, byte[]>(producer).SetErrorHandler((_, e) => OnClientError(e.Reason)).SetLogHandler((_, _) => { }).Build();
        var consumer = new ConsumerConfig
        {
            BootstrapServers = options.BrokerAddress,
            GroupId = $"{Identity}-{_component.Name}-{Guid.NewGuid():N}",
            EnableAutoCommit = false,
            AllowAutoCreateTopics = false,
            FetchWaitMaxMs = (int)options.FetchWaitMax.TotalMilliseconds,
        };
        KafkaClients.ApplyConnection(consumer, options);
        _consumer = new ConsumerBuilder<Ignore, byte[]>(consumer).SetErrorHandler((_, e) => OnClientError(e.Reason)).SetLogHandler((_, _) => { }).Build();
        Commands = [.. _component.Topics.Where(t => t.Kind == SalTopicKind.Command).Select(t => t.SalName["command_".Length..])];
        _sequence = new CommandSequence([.. Commands.Select(c => "command_" + c)], Random.Shared);
    }

    /// <summary>Raised for a Kafka client error (broker unreachable, …) or a message that cannot be decoded; the remote goes on.</summary>
    public event EventHandler<string>? ClientError;

    /// <summary>The <c>private_identity</c> sent with commands; acks are matched on it.</summary>
    public string Identity { get; }

    /// <summary>The <c>private_origin</c> sent with commands (this process id); acks are matched on it.</summary>
    public int Origin { get; } = Environment.ProcessId;

    /// <summary>The component name.</summary>
    public string Component => _component.Name;

    /// <summary>The short names of the commands the component accepts, sorted.</summary>
    public IReadOnlyList<string> Commands { get; }

    /// <summary>The short names of the events the component writes, sorted.</summary>
    public IReadOnlyList<string> Events => [.. _component.Topics.Where(t => t.Kind == SalTopicKind.Event).Select(t => t.SalName["logevent_".Length..])];

    /// <summary>The Kafka topic of a SAL topic, e.g. <c>lsst.sal.ATOODS.logevent_summaryState</c>.</summary>
    /// <param name="salName">The SAL name.</param>
    /// <returns>The Kafka topic name.</returns>
    public string KafkaTopic(string salName) => _component.KafkaTopic(_options.TopicSubname, _component.Topic(salName));

    /// <inheritdoc/>
    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
        _producer.Dispose();
        _http.Dispose();
    }

    private async Task ReadAsync(IEnumerable<SalTopic> topics, int history, CancellationToken cancellationToken)
    {
        var added = topics.Where(t => !_reading.ContainsKey(KafkaTopic(t.SalName))).ToList();
        foreach (var topic in added)
        {
            await RegisterAsync(topic, cancellationToken).ConfigureAwait(false);
        }

        var offsets = await Task.Run(() => KafkaClients.StartOffsets(_producer, _consumer, KafkaClients.Names(_component, _options.TopicSubname, added), history), cancellationToken).ConfigureAwait(false);
        foreach (var topic in added)
        {
            _reading[KafkaTopic(topic.SalName)] = topic;
        }

        _assigned.AddRange(offsets);
        _consumer.Assign(_assigned);
    }

    private async Task<SalTopicWriter> RegisterAsync(SalTopic topic, CancellationToken cancellationToken)
    {
        if (!_writers.TryGetValue(topic.SalName, out var writer))
        {
            var text = AvroSchemaGenerator.SchemaText(_component, topic);
            var id = await _registry.RegisterAsync(_component.Subject(_options.TopicSubname, topic), text, cancellationToken).ConfigureAwait(false);
            _catalog.Add(id, text);
            writer = _writers[topic.SalName] = new SalTopicWriter(_component, topic, id, Origin, _clock, Identity);
        }

        return writer;
    }

    private async Task<(SalSample Sample, ConsumeResult<Ignore, byte[]> Result)?> NextAsync(CancellationToken cancellationToken)
    {
        var result = await Task.Run(
            () =>
            {
                try
                {
                    return _consumer.Consume(cancellationToken);
                }
                catch (ConsumeException ex)
                {
                    OnClientError(ex.Error.Reason);
                    return null;
                }
            },
            cancellationToken).ConfigureAwait(false);
        if (result?.Message?.Value is not { } value || !_reading.TryGetValue(result.Topic, out var topic))
        {
            return null;
        }

        try
        {
            var writer = await _catalog.GetAsync(SalCodec.ReadSchemaId(value), cancellationToken).ConfigureAwait(false);
            return (SalCodec.Decode(value, writer, topic), result);
        }
        catch (Exception ex) when (ex is SalMessageException or SchemaRegistryException)
        {
            OnClientError($"skipping a message on {result.Topic} at offset {result.Offset.Value}: {ex.Message}");
            return null;
        }
    }

    private void OnClientError(string message) => ClientError?.Invoke(this, message);
}
