using Oods.Core.Metadata;
using Oods.Core.Outcomes;
using Oods.Core.Repositories;

namespace Oods.Core.Pipeline;

/// <summary>One batch through the pipeline.</summary>
public sealed partial class StreamWorker
{
    private async Task ProcessBatchAsync(IRepositoryWriter writer, IReadOnlyList<string> landed, CancellationToken cancellationToken)
    {
        var raws = new List<RawFile>(landed.Count);
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var landingPath in landed)
        {
            if (TryClaim(landingPath) is not { } staged)
            {
                continue;
            }

            origins[staged] = landingPath;
            try
            {
                raws.Add(new RawFile(staged, RawHeaderReader.Read(staged)));
            }
            catch (MetadataException e)
            {
                await FailAsync(landingPath, staged, null, OutcomeStatus.MetadataFailure, e.Message, e, cancellationToken);
            }
        }

        if (raws.Count == 0)
        {
            return;
        }

        var results = await writer.IngestAsync(raws, cancellationToken);
        foreach (var result in results)
        {
            var landingPath = origins[result.File.Path];
            if (result.Succeeded)
            {
                var outcome = Describe(landingPath, result.File.Path, result.File.Metadata, OutcomeStatus.Ingested, $"ingested into {writer.Location}") with
                {
                    DatasetIds = new Dictionary<string, string> { [writer.Location] = result.DatasetId ?? "" },
                };
                LogIngested(_stream.Name, outcome.ObsId, outcome.Raft, outcome.Sensor, result.File.Path, writer.Location, result.DatasetId);
                await PublishAsync(outcome, cancellationToken);
            }
            else
            {
                var reason = $"{writer.Location}: {result.Reason}";
                await FailAsync(landingPath, result.File.Path, result.File.Metadata, OutcomeStatus.IngestFailure, reason, null, cancellationToken);
            }
        }
    }

    private string? TryClaim(string landingPath)
    {
        try
        {
            var staged = FileClaimer.Claim(_stream, landingPath);
            _claimRetries.Forget(landingPath);
            return staged;
        }
        catch (FileNotFoundException)
        {
            _claimRetries.Forget(landingPath);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var attempts = _claimRetries.Failed(landingPath);
            LogClaimFailed(_stream.Name, landingPath, attempts, e.Message);
            if (attempts == ClaimRetries.ReportAfter)
            {
                LogUnclaimable(_stream.Name, landingPath, attempts, e.Message);
            }

            return null;
        }
    }

    private async Task FailAsync(string landingPath, string stagedPath, RawMetadata? metadata, OutcomeStatus status, string reason, Exception? error, CancellationToken cancellationToken)
    {
        var finalPath = stagedPath;
        try
        {
            finalPath = Quarantine.Move(_stream, stagedPath, status, reason, error, _time.GetUtcNow());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogQuarantineFailed(_stream.Name, stagedPath, e.Message);
        }

        var outcome = Describe(landingPath, finalPath, metadata ?? TryReadForReport(finalPath), status, reason);
        LogFailed(_stream.Name, outcome.ObsId, (int)status, reason, finalPath);
        await PublishAsync(outcome, cancellationToken);
    }

    private static RawMetadata? TryReadForReport(string path)
    {
        try
        {
            return RawHeaderReader.Read(path);
        }
        catch (MetadataException)
        {
            return null;
        }
    }

    private FileOutcome Describe(string landingPath, string finalPath, RawMetadata? metadata, OutcomeStatus status, string description) => new()
    {
        Stream = _stream.Name,
        SourcePath = landingPath,
        FinalPath = finalPath,
        Camera = metadata?.Instrument.Name ?? _stream.Repository.Instrument?.Name ?? "",
        ObsId = metadata?.Exposure.ObsId ?? Path.GetFileName(landingPath),
        Raft = metadata?.Detector.Raft ?? "",
        Sensor = metadata?.Detector.NameInRaft ?? "",
        Status = status,
        Description = description,
        Time = _time.GetUtcNow(),
    };

    private async Task PublishAsync(FileOutcome outcome, CancellationToken cancellationToken)
    {
        foreach (var sink in _sinks)
        {
            await sink.PublishAsync(outcome, cancellationToken);
        }
    }
}
