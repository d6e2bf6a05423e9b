using Amazon.S3;
using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oods.Core.Health;
using Oods.Core.Journal;
using Oods.Core.Lifecycle;
using Oods.Core.Observability;
using Oods.Core.Outcomes;
using Oods.Core.Repositories;

namespace Oods.Sources.S3;

/// <summary>
/// The <c>message_ingester</c> stream: consumes S3 bucket notifications from Kafka, reads each notified object's header
/// with ranged GETs, ingests it in place (<c>direct</c>, as an <c>s3://</c> URI), journals and publishes the outcomes,
/// and only then commits the messages' offsets.
/// </summary>
internal sealed partial class S3MessageWorker : BackgroundService
{
    private readonly S3MessageSettings _settings;
    private readonly IAmazonS3 _s3;
    private readonly IRepositoryWriterFactory _repositories;
    private readonly IEnumerable<IOutcomeSink> _sinks;
    private readonly IngestSwitch _switch;
    private readonly TimeProvider _time;
    private readonly LoopHealth _health;
    private readonly StreamMonitor _monitor;
    private readonly ILogger<S3MessageWorker> _logger;
    private readonly string _loop;

    /// <summary>Creates the worker.</summary>
    public S3MessageWorker(S3MessageSettings settings, IAmazonS3 s3, IRepositoryWriterFactory repositories, IEnumerable<IOutcomeSink> sinks, IngestSwitch ingestSwitch, TimeProvider time, LoopHealth health, StreamMonitor monitor, ILogger<S3MessageWorker> logger)
    {
        _settings = settings;
        _s3 = s3;
        _repositories = repositories;
        _sinks = sinks;
        _switch = ingestSwitch;
        _time = time;
        _health = health;
        _monitor = monitor;
        _logger = logger;
        _loop = $"stream {settings.Name}";
        _monitor.SetState(settings.Name, StreamState.Starting);
    }

    /// <inheritdoc/>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => RunAsync(stoppingToken), CancellationToken.None);

    /// <inheritdoc/>
    public override void Dispose()
    {
        _s3.Dispose();
        base.Dispose();
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var kafka = _settings.Options.Kafka;
        using var consumer = new ConsumerBuilder<Ignore, string>(S3Clients.Consumer(kafka))
            .SetErrorHandler((_, e) =>
            {
                LogKafkaError(_settings.Name, e.Code.ToString(), e.Reason);
                SourceFailed($"Kafka {e.Code}: {e.Reason}");
            })
            .Build();
        consumer.Subscribe(kafka.Topics);
        await using var writer = _repositories.Open(_settings.Repository, createIfMissing: true);
        using var journal = new OutcomeJournal(_settings.JournalDirectory);
        var topics = string.Join(',', kafka.Topics);
        LogStarted(_settings.Name, topics, kafka.GroupId, writer.Location);
        try
        {
            await _switch.RunEnabledPeriodsAsync(
                _settings.Name,
                disabled => RunEnabledAsync(consumer, writer, journal, disabled, stoppingToken),
                idle: () =>
                {
                    _health.Retire(_loop);
                    _monitor.SetState(_settings.Name, StreamState.Disabled);
                },
                faulted: e =>
                {
                    LogFaulted(_settings.Name, e);
                    _monitor.SetState(_settings.Name, StreamState.Faulted);
                },
                stoppingToken);
        }
        finally
        {
            _health.Retire(_loop);
            _monitor.SetState(_settings.Name, StreamState.Stopped);
            consumer.Close();
        }
    }

    private async Task RunEnabledAsync(IConsumer<Ignore, string> consumer, IRepositoryWriter writer, OutcomeJournal journal, CancellationToken disabled, CancellationToken stoppingToken)
    {
        _monitor.SetState(_settings.Name, StreamState.Ingesting);
        while (!stoppingToken.IsCancellationRequested && !disabled.IsCancellationRequested)
        {
            _health.Beat(_loop);
            var messages = Collect(consumer, stoppingToken);
            if (messages.Count == 0)
            {
                continue;
            }

            try
            {
                // A started batch is finished even when stopping: its outcomes come before its offsets.
                await IngestAsync(messages, writer, journal);
            }
            catch
            {
                // Nothing committed: rewind, so that these messages come again after a re-enable (or a restart).
                foreach (var partition in messages.GroupBy(m => m.TopicPartition))
                {
                    consumer.Seek(new TopicPartitionOffset(partition.Key, partition.Min(m => m.Offset.Value)));
                }

                throw;
            }

            Commit(consumer, messages);
        }
    }

    /// <summary>Waits up to <c>time_to_wait_without_data</c> for a message, then takes more for up to <c>max_wait_time</c> or <c>max_messages</c>.</summary>
    private List<ConsumeResult<Ignore, string>> Collect(IConsumer<Ignore, string> consumer, CancellationToken stoppingToken)
    {
        var kafka = _settings.Options.Kafka;
        var messages = new List<ConsumeResult<Ignore, string>>();
        var wait = TimeSpan.FromSeconds(kafka.TimeToWaitWithoutData);
        var deadline = (DateTimeOffset?)null;
        while (messages.Count < kafka.MaxMessages && !stoppingToken.IsCancellationRequested)
        {
            ConsumeResult<Ignore, string>? result;
            try
            {
                result = consumer.Consume(wait);
            }
            catch (ConsumeException e)
            {
                LogConsumeFailed(_settings.Name, e.Error.Reason);
                SourceFailed($"Kafka consume failed: {e.Error.Reason}");
                break;
            }

            if (result is null || result.IsPartitionEOF)
            {
                break;
            }

            messages.Add(result);
            SourceWorked();
            deadline ??= _time.GetUtcNow() + TimeSpan.FromSeconds(kafka.MaxWaitTime);
            wait = deadline.Value - _time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                break;
            }
        }

        return messages;
    }

    private void SourceFailed(string reason) => _monitor.SourcePollFailed(_settings.Name, "s3", _time.GetUtcNow(), reason);

    private void SourceWorked() => _monitor.SourcePolled(_settings.Name, "s3", _time.GetUtcNow());

    private void Commit(IConsumer<Ignore, string> consumer, List<ConsumeResult<Ignore, string>> messages)
    {
        var offsets = messages
            .GroupBy(m => m.TopicPartition)
            .Select(g => new TopicPartitionOffset(g.Key, g.Max(m => m.Offset.Value) + 1))
            .ToList();
        try
        {
            consumer.Commit(offsets);
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                var committed = string.Join(", ", offsets.Select(o => $"{o.Topic}[{o.Partition.Value}]@{o.Offset.Value}"));
                LogCommitted(_settings.Name, messages.Count, committed);
            }
        }
        catch (KafkaException e)
        {
            // The outcomes stand; the messages come again after a restart and their objects are found already ingested.
            LogCommitFailed(_settings.Name, e.Error.Reason);
        }
    }
}
