using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Oods.Core.Outcomes;
using Oods.Csc.Registry;
using Oods.Csc.SalInterface;
using Oods.Csc.States;
using Oods.Csc.Wire;

namespace Oods.Csc.Service;

/// <summary>
/// The OODS CSC over SAL-on-Kafka: registers the component's schemas, publishes the startup events and a heartbeat,
/// answers the generic commands, and publishes <c>imageInOODS</c> for every file outcome while ENABLED.
/// </summary>
/// <remarks>
/// Commands are read with plain <c>Assign</c> at each partition's high watermark (no consumer group: no join delay,
/// never old commands). Commands are handled one at a time; the state machine is guarded by a lock shared with the
/// outcome loop. A malformed message is logged and skipped.
/// </remarks>
public sealed partial class CscService : BackgroundService
{
    private readonly CscOptions _options;
    private readonly OutcomePublisher _outcomes;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<CscService> _logger;
    private readonly SalComponent _component;
    private readonly CscStateMachine _machine = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SalTopicWriter> _writers = new(StringComparer.Ordinal);
    private IProducer<string, byte[]>? _producer;
    private SchemaCatalog? _catalog;

    /// <summary>Creates the service.</summary>
    /// <param name="options">CSC options.</param>
    /// <param name="outcomes">The outcome fan-out; the service subscribes at construction.</param>
    /// <param name="time">Clock for stamps, heartbeat and shutdown delay.</param>
    /// <param name="lifetime">Stopped after a successful exitControl.</param>
    /// <param name="logger">Logger.</param>
    public CscService(IOptions<CscOptions> options, OutcomePublisher outcomes, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<CscService> logger)
    {
        _options = options.Value;
        _outcomes = outcomes;
        _time = time;
        _lifetime = lifetime;
        _logger = logger;
        _component = OodsInterface.ForComponent(_options.ComponentName);
    }

    /// <summary>The current summary state.</summary>
    public SummaryState State
    {
        get
        {
            lock (_gate)
            {
                return _machine.State;
            }
        }
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var outcomes = _outcomes.Subscribe();
        using var http = new HttpClient { BaseAddress = _options.SchemaRegistryUrl };
        var registry = new SchemaRegistryClient(http);
        _catalog = new SchemaCatalog(registry);
        using var producer = BuildProducer();
        _producer = producer;
        await PrepareTopicsAsync(producer, stoppingToken).ConfigureAwait(false);
        await RegisterSchemasAsync(registry, stoppingToken).ConfigureAwait(false);
        using var consumer = BuildConsumer();
        AssignCommandTopics(producer, consumer);

        PublishStartupEvents();
        LogStarted(_logger, _component.Name, _options.TopicSubname, State.ToString());
        try
        {
            await Task.WhenAll(
                Task.Run(() => CommandLoop(consumer, stoppingToken), stoppingToken),
                HeartbeatLoopAsync(stoppingToken),
                OutcomeLoopAsync(outcomes, stoppingToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            producer.Flush(TimeSpan.FromSeconds(5));
            consumer.Close();
        }
    }
}
