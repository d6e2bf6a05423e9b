using System.Runtime.CompilerServices;
using Confluent.Kafka;
using Oods.Csc.SalInterface;
using Oods.Csc.States;
using Oods.Csc.Wire;

namespace Oods.Csc.Remote;

/// <content>Commands: send one, read its acks up to the final one.</content>
public sealed partial class CscRemote
{
    /// <summary>Sends a command and yields its acks as they arrive, up to the final one.</summary>
    /// <param name="command">The short name (<c>start</c>) or SAL name (<c>command_start</c>).</param>
    /// <param name="values">Public field values, e.g. <c>configurationOverride</c> (string) or <c>level</c> (int); others keep their defaults.</param>
    /// <param name="timeout">How long to wait for a final ack; each CMD_INPROGRESS adds its <c>timeout</c> (salobj's rule).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The acks; when no final ack comes in time, a last synthetic CMD_NOACK.</returns>
    /// <exception cref="ArgumentException">The component has no such command or field.</exception>
    /// <exception cref="KafkaException">The broker cannot be reached or the topics do not exist.</exception>
    /// <exception cref="Registry.SchemaRegistryException">The schema registry cannot be reached or refuses the schema.</exception>
    public async IAsyncEnumerable<CommandAck> SendAsync(string command, IReadOnlyDictionary<string, object>? values, TimeSpan timeout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var topic = CommandTopic(command);
        var name = topic.SalName["command_".Length..];
        var writer = await RegisterAsync(topic, cancellationToken).ConfigureAwait(false);
        if (!_reading.ContainsKey(KafkaTopic("ackcmd")))
        {
            await ReadAsync([_component.Topic("ackcmd")], history: 0, cancellationToken).ConfigureAwait(false);
        }

        var sample = writer.NewSample();
        foreach (var (field, value) in values ?? new Dictionary<string, object>())
        {
            if (sample.FindField(field) < 0)
            {
                throw new ArgumentException($"{name} has no field {field}", nameof(values));
            }

            sample[field] = value;
        }

        var seqNum = _sequence.Next(topic.SalName);
        var message = new Message<string, byte[]> { Key = writer.Key, Value = writer.Encode(sample, seqNum) };
        await _producer.ProduceAsync(KafkaTopic(topic.SalName), message, cancellationToken).ConfigureAwait(false);

        var deadline = _time.GetUtcNow() + timeout;
        while (true)
        {
            var remaining = deadline - _time.GetUtcNow();
            (SalSample Sample, ConsumeResult<Ignore, byte[]> Result)? next = null;
            if (remaining > TimeSpan.Zero)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                wait.CancelAfter(remaining);
                try
                {
                    next = await NextAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The deadline passed.
                }
            }

            if (remaining <= TimeSpan.Zero || (next is null && _time.GetUtcNow() >= deadline))
            {
                yield return new CommandAck(name, seqNum, SalRetCode.CmdNoAck, 0, $"no final acknowledgement within the timeout ({timeout.TotalSeconds:0.###} s)", 0, _time.GetUtcNow());
                yield break;
            }

            if (next is not { Sample: var ack } || ack.Topic.Kind != SalTopicKind.Ack
                || ack.SeqNum != seqNum || (string)ack["identity"] != Identity || (int)ack["origin"] != Origin)
            {
                continue;
            }

            var reply = new CommandAck(name, seqNum, (SalRetCode)(int)ack["ack"], (int)ack["error"], (string)ack["result"], (double)ack["timeout"], SalText.Written(ack));
            if (reply.Ack == SalRetCode.CmdInProgress)
            {
                deadline += TimeSpan.FromSeconds(Math.Max(0, reply.Timeout));
            }

            yield return reply;
            if (reply.IsFinal)
            {
                yield break;
            }
        }
    }

    private SalTopic CommandTopic(string command)
    {
        var salName = command.StartsWith("command_", StringComparison.Ordinal) ? command : "command_" + command;
        return _component.Topics.FirstOrDefault(t => t.Kind == SalTopicKind.Command && t.SalName == salName)
            ?? throw new ArgumentException($"{_component.Name} has no command '{command}'; commands: {string.Join(", ", Commands)}", nameof(command));
    }
}
