using Confluent.Kafka;
using Oods.Core.Lifecycle;
using Oods.Csc.Registry;
using Oods.Csc.SalInterface;
using Oods.Csc.States;
using Oods.Csc.Wire;

namespace Oods.Csc.Service;

/// <content>The command loop: decode, run the state machine, enable or drain ingest, write the output.</content>
public sealed partial class CscService
{
    private void CommandLoop(IConsumer<Ignore, byte[]> consumer, CancellationToken cancellationToken)
    {
        var topics = _component.Topics.Where(t => t.Kind == SalTopicKind.Command)
            .ToDictionary(t => _component.KafkaTopic(_options.TopicSubname, t), StringComparer.Ordinal);
        while (!cancellationToken.IsCancellationRequested)
        {
            ConsumeResult<Ignore, byte[]>? result;
            try
            {
                result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            }
            catch (ConsumeException ex)
            {
                LogConsumeError(_logger, ex.Error.Reason);
                continue;
            }

            if (result?.Message?.Value is not { } value || !topics.TryGetValue(result.Topic, out var topic))
            {
                continue;
            }

            if (TryDecode(result, value, topic, cancellationToken) is { } sample)
            {
                Execute(ToCommand(sample), cancellationToken);
            }
        }
    }

    private SalSample? TryDecode(ConsumeResult<Ignore, byte[]> result, byte[] value, SalTopic topic, CancellationToken cancellationToken)
    {
        try
        {
            var writer = _catalog!.GetAsync(SalCodec.ReadSchemaId(value), cancellationToken).AsTask().GetAwaiter().GetResult();
            return SalCodec.Decode(value, writer, topic);
        }
        catch (SalMessageException ex)
        {
            LogMalformed(_logger, result.Topic, result.Offset.Value, ex.Reason.ToString(), ex);
        }
        catch (SchemaRegistryException ex)
        {
            LogMalformed(_logger, result.Topic, result.Offset.Value, "schema registry", ex);
        }

        return null;
    }

    private CscCommand ToCommand(SalSample sample)
    {
        var name = sample.Topic.SalName["command_".Length..];
        var isSetLogLevel = name == "setLogLevel";
        return new CscCommand(
            name,
            sample.SeqNum,
            sample.Identity,
            sample.Origin,
            _component.CommandType(sample.Topic),
            isSetLogLevel ? (int)sample["level"] : 0,
            isSetLogLevel ? (string)sample["subsystem"] : string.Empty);
    }

    private void Execute(CscCommand command, CancellationToken cancellationToken)
    {
        CommandOutcome outcome;
        SummaryState before;
        lock (_gate)
        {
            before = _machine.State;
            outcome = _machine.Begin(command);
            if (!outcome.Ignored && command.Name == "setLogLevel")
            {
                _logs.Level.Set(command.Level);
            }

            Write(outcome.Writes);
        }

        if (outcome.Ignored)
        {
            LogIgnoredCommand(_logger, command.Name, command.SeqNum, command.Identity);
            return;
        }

        if (outcome.Pending)
        {
            var enabling = CscStateMachine.TargetState(command.Name, before) == SummaryState.Enabled;
            ChangeIngest(enabling, cancellationToken);
            lock (_gate)
            {
                outcome = _machine.Complete(command);
                Write(outcome.Writes);
                if (enabling && _machine.State != SummaryState.Enabled)
                {
                    // A fault arrived while enabling: ingest must stay off.
                    _ = _ingest.DisableAsync(CancellationToken.None);
                }
            }
        }

        var final = (AckWrite)outcome.Writes[^1];
        LogCommand(_logger, command.Name, command.SeqNum, command.Identity, before.ToString(), (int)final.Ack, final.Result);
        if (outcome.ExitRequested)
        {
            LogExit(_logger);
            _ = Task.Delay(_options.ShutdownDelay, _time, CancellationToken.None).ContinueWith(_ => _lifetime.StopApplication(), TaskScheduler.Default);
        }
    }

    private void ChangeIngest(bool enable, CancellationToken cancellationToken)
    {
        if (enable)
        {
            _ingest.Enable();
            return;
        }

        // Streams finish the batch in flight; its outcomes are published before the final ack.
        LogDraining(_logger);
        _ingest.DisableAsync(cancellationToken).GetAwaiter().GetResult();
    }

    private void OnIngestFaulted(object? sender, IngestFault fault)
    {
        lock (_gate)
        {
            var writes = _machine.Fault(fault.ErrorCode, fault.Report, fault.Error?.ToString() ?? string.Empty);
            Write(writes);
            if (writes.Count > 0)
            {
                LogFault(_logger, fault.Stream, fault.ErrorCode, fault.Report);
            }
        }

        // Not awaited: the faulting stream still holds its lease while it reports.
        _ = _ingest.DisableAsync(CancellationToken.None);
    }
}
