using Confluent.Kafka;
using Oods.Csc.Registry;
using Oods.Csc.SalInterface;
using Oods.Csc.States;
using Oods.Csc.Wire;

namespace Oods.Csc.Service;

/// <content>The command loop: decode, run the state machine, write its output.</content>
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

            CscCommand command;
            try
            {
                var writer = _catalog!.GetAsync(SalCodec.ReadSchemaId(value), cancellationToken).AsTask().GetAwaiter().GetResult();
                command = ToCommand(SalCodec.Decode(value, writer, topic));
            }
            catch (SalMessageException ex)
            {
                LogMalformed(_logger, result.Topic, result.Offset.Value, ex.Reason.ToString(), ex);
                continue;
            }
            catch (SchemaRegistryException ex)
            {
                LogMalformed(_logger, result.Topic, result.Offset.Value, "schema registry", ex);
                continue;
            }

            Execute(command);
        }
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

    private void Execute(CscCommand command)
    {
        CommandOutcome outcome;
        lock (_gate)
        {
            var before = _machine.State;
            outcome = _machine.Handle(command);
            if (outcome.Ignored)
            {
                LogIgnoredCommand(_logger, command.Name, command.SeqNum, command.Identity);
                return;
            }

            Write(outcome.Writes);
            var final = (AckWrite)outcome.Writes[^1];
            LogCommand(_logger, command.Name, command.SeqNum, command.Identity, before.ToString(), (int)final.Ack, final.Result);
        }

        if (outcome.ExitRequested)
        {
            LogExit(_logger);
            _ = Task.Delay(_options.ShutdownDelay, _time).ContinueWith(_ => _lifetime.StopApplication(), TaskScheduler.Default);
        }
    }
}
