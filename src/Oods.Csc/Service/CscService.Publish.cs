using Confluent.Kafka;
using Oods.Csc.States;
using Oods.Csc.Wire;

namespace Oods.Csc.Service;

/// <content>Writes: startup events, heartbeat, imageInOODS, logMessage, and the state machine's output.</content>
public sealed partial class CscService
{
    private void PublishStartupEvents()
    {
        lock (_gate)
        {
            Publish("logevent_logLevel", s => s["level"] = _logs.Level.Level);
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
            ReportDrops();
        }
    }

    private async Task OutcomeLoopAsync(CancellationToken cancellationToken)
    {
        // Every outcome: streams ingest only while ENABLED (and finish their batch while being disabled).
        await foreach (var outcome in _outcomes.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
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

    private async Task LogMessageLoopAsync(CancellationToken cancellationToken)
    {
        await foreach (var record in _logs.Records.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (record.Level < _logs.Level.Level)
            {
                continue;
            }

            Publish("logevent_logMessage", s =>
            {
                s["name"] = record.Name;
                s["level"] = record.Level;
                s["message"] = record.Message;
                s["traceback"] = record.Traceback;
                s["process"] = Environment.ProcessId;
            });
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
                    Oods.Core.Observability.OodsMetrics.SetCscState((int)st.State, st.State.ToString());
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
        if (_producer is not { } producer)
        {
            return;
        }

        lock (_publishGate)
        {
            var writer = _writers[salName];
            var sample = writer.NewSample();
            fill(sample);
            var message = new Message<string, byte[]> { Key = writer.Key, Value = writer.Encode(sample, seqNum) };
            try
            {
                producer.Produce(_component.KafkaTopic(_options.TopicSubname, writer.Topic), message, OnDelivered);
            }
            catch (ProduceException<string, byte[]> ex)
            {
                // Local_QueueFull: the outbox is full because the broker has been away too long.
                Interlocked.Increment(ref _dropped);
                LogProduceFailed(_logger, salName, ex.Error.Reason);
            }
        }
    }

    private void OnDelivered(DeliveryReport<string, byte[]> report)
    {
        if (report.Error.IsError)
        {
            Interlocked.Increment(ref _dropped);
        }
        else
        {
            // A delivered event proves the broker is reachable; "all brokers down" says the opposite.
            Oods.Core.Observability.OodsMetrics.SetKafkaConnected(true);
        }
    }

    private void ReportDrops()
    {
        var total = Interlocked.Read(ref _dropped);
        var reported = Interlocked.Exchange(ref _droppedReported, total);
        if (total != reported)
        {
            LogEventsDropped(_logger, total - reported, total);
        }
    }
}
