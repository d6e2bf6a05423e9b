using System.Threading.Channels;
using Confluent.Kafka;
using Oods.Core.Outcomes;
using Oods.Csc.States;
using Oods.Csc.Wire;

namespace Oods.Csc.Service;

/// <content>Writes: startup events, heartbeat, imageInOODS, and the state machine's output.</content>
public sealed partial class CscService
{
    private void PublishStartupEvents()
    {
        lock (_gate)
        {
            Publish("logevent_logLevel", s => s["level"] = 20);
            Publish("logevent_heartbeat", _ => { });
            Publish("logevent_simulationMode", s => s["mode"] = 0);
            Publish("logevent_softwareVersions", s =>
            {
                s["xmlVersion"] = _options.XmlVersion;
                s["cscVersion"] = _options.CscVersion;
            });
            Write(_machine.Initial());
        }
    }

    private async Task HeartbeatLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.HeartbeatInterval, _time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            Publish("logevent_heartbeat", _ => { });
        }
    }

    private async Task OutcomeLoopAsync(ChannelReader<FileOutcome> outcomes, CancellationToken cancellationToken)
    {
        await foreach (var outcome in outcomes.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (State != SummaryState.Enabled)
            {
                continue;
            }

            Publish("logevent_imageInOODS", s =>
            {
                s["camera"] = outcome.Camera;
                s["obsid"] = outcome.ObsId;
                s["raft"] = string.IsNullOrEmpty(outcome.Raft) ? "undef" : outcome.Raft;
                s["sensor"] = string.IsNullOrEmpty(outcome.Sensor) ? "undef" : outcome.Sensor;
                s["statusCode"] = (int)outcome.Status;
                s["description"] = outcome.Description;
            });
            LogImageInOods(_logger, outcome.ObsId, (int)outcome.Status);
        }
    }

    private void Write(IEnumerable<CscWrite> writes)
    {
        foreach (var write in writes)
        {
            switch (write)
            {
                case AckWrite a:
                    Publish("ackcmd", s =>
                    {
                        s["ack"] = (int)a.Ack;
                        s["error"] = a.Error;
                        s["result"] = a.Result;
                        s["identity"] = a.Identity;
                        s["origin"] = a.Origin;
                        s["cmdtype"] = a.CmdType;
                        s["timeout"] = a.Timeout;
                    }, a.SeqNum);
                    break;
                case SummaryStateWrite st:
                    Publish("logevent_summaryState", s => s["summaryState"] = (int)st.State);
                    break;
                case ErrorCodeWrite e:
                    Publish("logevent_errorCode", s =>
                    {
                        s["errorCode"] = e.ErrorCode;
                        s["errorReport"] = e.ErrorReport;
                        s["traceback"] = e.Traceback;
                    });
                    break;
                case LogLevelWrite l:
                    Publish("logevent_logLevel", s =>
                    {
                        s["level"] = l.Level;
                        s["subsystem"] = l.Subsystem;
                    });
                    break;
            }
        }
    }

    private void Publish(string salName, Action<SalSample> fill, int? seqNum = null)
    {
        var writer = _writers[salName];
        var sample = writer.NewSample();
        fill(sample);
        var message = new Message<string, byte[]> { Key = writer.Key, Value = writer.Encode(sample, seqNum) };
        _producer!.Produce(_component.KafkaTopic(_options.TopicSubname, writer.Topic), message);
    }
}
