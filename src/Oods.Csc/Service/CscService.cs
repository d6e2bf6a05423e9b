using System.Threading.Channels;
using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Oods.Core.Lifecycle;
using Oods.Core.Outcomes;
using Oods.Csc.Logging;
using Oods.Csc.Registry;
using Oods.Csc.SalInterface;
using Oods.Csc.States;
using Oods.Csc.Wire;

namespace Oods.Csc.Service;

/// <summary>
/// The OODS CSC over SAL-on-Kafka: registers the component's schemas, publishes the startup events and a heartbeat,
/// answers the generic commands by enabling and draining ingest, and publishes <c>imageInOODS</c> for every file
/// outcome and <c>logMessage</c> for every log record at or above its level.
/// </summary>
/// <remarks>
/// Commands are read with plain <c>Assign</c> at each partition's high watermark (no consumer group: no join delay,
/// never old commands). Commands are handled one at a time; the state machine is guarded by a lock shared with the
/// fault handler. A malformed message is logged and skipped. Events go through librdkafka's bounded queue, so a broker
/// that is away delays them instead of stopping ingest; what overflows or times out is counted and logged.
/// </remarks>
public sealed partial class CscService : BackgroundService
{
    private readonly CscOptions _options;
    private readonly ChannelReader<FileOutcome> _outcomes;
    private readonly IngestSwitch _ingest;
    private readonly CscLogForwarder _logs;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<CscService> _logger;
    private readonly SalComponent _component;
    private readonly CscStateMachine _machine = new();
    private readonly Lock _gate = new();
    private readonly Lock _publishGate = new();
    private readonly Dictionary<string, SalTopicWriter> _writers = new(StringComparer.Ordinal);
    private IProducer<string, byte[]>? _producer;
    private SchemaCatalog? _catalog;
    private long _dropped;
    private long _droppedReported;

    /// <summary>Creates the service.</summary>
    /// <param name="options">CSC options.</param>
    /// <param name="outcomes">The outcome fan-out; the service subscribes at construction.</param>
    /// <param name="ingest">The ingest gate: enabled on <c>enable</c>, drained on <c>disable</c>; its faults lead to FAULT.</param>
    /// <param name="logs">The log records to publish as <c>logMessage</c>, and the level <c>setLogLevel</c> sets.</param>
    /// <param name="time">Clock for stamps, heartbeat and shutdown delay.</param>
    /// <param name="lifetime">Stopped after a successful exitControl.</param>
    /// <param name="logger">Logger.</param>
    public CscService(IOptions<CscOptions> options, OutcomePublisher outcomes, IngestSwitch ingest, CscLogForwarder logs, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<CscService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(outcomes);
        _options = options.Value;
        _outcomes = outcomes.Subscribe();
        _ingest = ingest;
        _logs = logs;
        _time = time;
        _lifetime = lifetime;
        _logger = logger;
        _component = OodsInterface.ForComponent(_options.ComponentName);
        _ingest.Faulted += OnIngestFaulted;
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

    /// <summary>Events the broker never got (outbox overflow or delivery timeout) since start.</summary>
    public long DroppedEvents => Interlocked.Read(ref _dropped);

    /// <inheritdoc/>
    public override void Dispose()
    {
        _ingest.Faulted -= OnIngestFaulted;
        base.Dispose();
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var http = new HttpClient { BaseAddress = _options.SchemaRegistryUrl };
        var registry = new SchemaRegistryClient(http);
        _catalog = new SchemaCatalog(registry);
        using var producer = BuildProducer();
        await PrepareTopicsAsync(producer, stoppingToken).ConfigureAwait(false);
        await RegisterSchemasAsync(registry, stoppingToken).ConfigureAwait(false);
        using var consumer = BuildConsumer();
        if (_options.CheckDuplicate)
        {
            await Task.Run(() => CheckDuplicate(producer, consumer, stoppingToken), stoppingToken).ConfigureAwait(false);
        }

        AssignAtEnd(producer, consumer, _component.Topics.Where(t => t.Kind == SalTopicKind.Command));
        _producer = producer;
        PublishStartupEvents();
        LogStarted(_logger, _component.Name, _options.TopicSubname, State.ToString());
        try
        {
            await Task.WhenAll(
                Task.Run(() => CommandLoop(consumer, stoppingToken), stoppingToken),
                HeartbeatLoopAsync(stoppingToken),
                OutcomeLoopAsync(stoppingToken),
                LogMessageLoopAsync(stoppingToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            producer.Flush(TimeSpan.FromSeconds(5));
            consumer.Close();
            ReportDrops();
        }
    }
}
