using Amazon.S3;
using Confluent.Kafka;
using Oods.Core.Journal;
using Oods.Core.Metadata;
using Oods.Core.Observability;
using Oods.Core.Outcomes;
using Oods.Core.Repositories;

namespace Oods.Sources.S3;

/// <summary>One batch of messages: objects, headers, repository transaction, outcomes.</summary>
internal sealed partial class S3MessageWorker
{
    private async Task IngestAsync(List<ConsumeResult<Ignore, string>> messages, IRepositoryWriter writer, OutcomeJournal journal)
    {
        var objects = new Dictionary<string, (S3ObjectRef Item, DateTimeOffset Seen)>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            IReadOnlyList<S3ObjectRef> named;
            try
            {
                named = BucketNotification.Parse(message.Message.Value);
            }
            catch (FormatException e)
            {
                LogMalformed(_settings.Name, message.Topic, message.Partition.Value, message.Offset.Value, e.Message);
                OodsMetrics.MessageMalformed(_settings.Name);
                continue;
            }

            var seen = message.Message.Timestamp.Type == TimestampType.NotAvailable ? _time.GetUtcNow() : message.Message.Timestamp.UtcDateTime;
            foreach (var item in named)
            {
                if (!_settings.Filter.IsMatch(item.Url))
                {
                    LogIgnored(_settings.Name, item.Url);
                    continue;
                }

                objects.TryAdd(item.Url, (item, seen));
            }
        }

        _monitor.FilesSeen(_settings.Name, objects.Count);

        var outcomes = new List<FileOutcome>(objects.Count);
        var raws = new List<(RawFile Raw, S3ObjectRef Item, DateTimeOffset Seen)>(objects.Count);
        foreach (var (item, seen) in objects.Values)
        {
            var (raw, failure) = await ReadAsync(item);
            if (raw is not null)
            {
                OodsMetrics.SourceFetched(_settings.Name, "s3");
                raws.Add((raw, item, seen));
            }
            else
            {
                OodsMetrics.SourceFailed(_settings.Name, "s3");
                outcomes.Add(Describe(item, seen, null, failure!.Value.Status, failure.Value.Reason));
            }
        }

        if (raws.Count > 0)
        {
            // A failure of the whole repository escapes: nothing is committed, and the messages come again.
            var results = await writer.IngestAsync(raws.ConvertAll(r => r.Raw), CancellationToken.None);
            for (var i = 0; i < raws.Count; i++)
            {
                var (raw, item, seen) = raws[i];
                var result = results[i];
                outcomes.Add(result.Succeeded
                    ? Describe(item, seen, raw.Metadata, OutcomeStatus.Ingested, $"ingested into {writer.Location}") with
                    {
                        DatasetIds = new Dictionary<string, string>(StringComparer.Ordinal) { [writer.Location] = result.DatasetId ?? "" },
                    }
                    : Describe(item, seen, raw.Metadata, OutcomeStatus.IngestFailure, $"{writer.Location}: {result.Reason}"));
            }
        }

        journal.Append(outcomes.Select(o => OutcomeJournal.ToEntry(o)));
        foreach (var outcome in outcomes)
        {
            if (outcome.Status == OutcomeStatus.Ingested)
            {
                LogIngested(_settings.Name, outcome.ObsId, outcome.Raft, outcome.Sensor, outcome.FinalPath);
            }
            else
            {
                LogFailed(_settings.Name, outcome.SourcePath, (int)outcome.Status, outcome.Description);
            }

            foreach (var sink in _sinks)
            {
                await sink.PublishAsync(outcome, CancellationToken.None);
            }
        }
    }

    /// <summary>Reads an object's header, retrying S3 errors up to <c>s3.attempts</c> times.</summary>
    private async Task<(RawFile? Raw, (OutcomeStatus Status, string Reason)? Failure)> ReadAsync(S3ObjectRef item)
    {
        var s3 = _settings.Options.S3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (metadata, size) = await S3HeaderReader.ReadAsync(_s3, item, s3.HeaderBytes, CancellationToken.None);
                var raw = new RawFile(item.RecordedUri(_settings.Options.Butler!.S3profile), metadata) { Size = size };
                SourceWorked();
                return (raw, null);
            }
            catch (MetadataException e)
            {
                return (null, (OutcomeStatus.MetadataFailure, e.Message));
            }
            catch (Exception e) when (e is Amazon.Runtime.AmazonServiceException or Amazon.Runtime.AmazonClientException or IOException or HttpRequestException or TaskCanceledException)
            {
                var reason = e is AmazonS3Exception s3Error
                    ? $"GET {item.Url} failed: {(int)s3Error.StatusCode} {s3Error.ErrorCode}: {s3Error.Message}"
                    : $"GET {item.Url} failed: {e.Message}";
                if (attempt >= s3.Attempts || e is AmazonS3Exception { StatusCode: System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Forbidden })
                {
                    LogGetFailed(_settings.Name, item.Url, attempt, e);
                    if (e is not Amazon.Runtime.AmazonServiceException)
                    {
                        // No answer from the endpoint at all (unreachable, TLS): the source fails, not just this object.
                        SourceFailed(reason);
                    }

                    return (null, (OutcomeStatus.IngestFailure, reason));
                }
            }
        }
    }

    private FileOutcome Describe(S3ObjectRef item, DateTimeOffset seen, RawMetadata? metadata, OutcomeStatus status, string description) => new()
    {
        Stream = _settings.Name,
        SourcePath = item.Url,
        FinalPath = item.RecordedUri(_settings.Options.Butler!.S3profile),
        Camera = metadata?.Instrument.Name ?? _settings.Instrument.Name,
        ObsId = metadata?.Exposure.ObsId ?? Path.GetFileName(item.Key),
        Raft = metadata?.Detector.Raft ?? "",
        Sensor = metadata?.Detector.NameInRaft ?? "",
        Status = status,
        Description = description,
        SeenTime = seen,
        Time = _time.GetUtcNow(),
    };
}
