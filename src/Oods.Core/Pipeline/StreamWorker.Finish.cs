using Oods.Core.Journal;
using Oods.Core.Metadata;
using Oods.Core.Outcomes;
using Oods.Core.Repositories;
using Oods.Fits;

namespace Oods.Core.Pipeline;

/// <summary>Claimed files through header, translation and every repository, to one outcome each.</summary>
public sealed partial class StreamWorker
{
    /// <summary>Reads and translates the headers of claimed files (no registry work: that overlaps the next batch's claim).</summary>
    private static PreparedBatch ReadHeaders(IReadOnlyList<InflightFile> plan, List<ClaimedFile> claimed)
    {
        var batch = new PreparedBatch(plan, claimed.Count);
        foreach (var file in claimed)
        {
            try
            {
                batch.Raws.Add(new RawFile(file.Staged, RawHeaderReader.Read(file.Staged)));
                batch.ByPath[file.Staged] = file;
            }
            catch (MetadataException e)
            {
                batch.Unreadable.Add((file, e));
            }
        }

        return batch;
    }

    /// <summary>Ingests a prepared batch into every repository, decides each file's outcome, journals and publishes them.</summary>
    private async Task FinishAsync(List<RepositoryTarget> targets, PreparedBatch batch)
    {
        var outcomes = new List<FileOutcome>(batch.Raws.Count + batch.Unreadable.Count);
        foreach (var (file, e) in batch.Unreadable)
        {
            outcomes.Add(Fail(file, null, OutcomeStatus.MetadataFailure, e.Message, e, keepOriginal: false, e.Header));
        }

        var raws = batch.Raws;
        var byPath = batch.ByPath;
        var consumed = new List<string>();
        if (raws.Count > 0)
        {
            // A failure of the whole batch (registry unreachable) escapes: the manifest keeps the batch for recovery.
            var results = new List<IReadOnlyList<RepositoryResult>>(targets.Count);
            foreach (var target in targets)
            {
                results.Add(await target.Writer.IngestAsync(raws, CancellationToken.None));
            }

            var byRepository = results.ConvertAll(r => r.ToDictionary(x => x.File.Path, StringComparer.Ordinal));
            foreach (var raw in raws)
            {
                var perRepository = byRepository.Select((r, k) => (Target: targets[k], Result: r[raw.Path])).ToList();
                outcomes.Add(Combine(byPath[raw.Path], raw.Metadata, perRepository, consumed));
            }
        }

        _journal.Append(outcomes.Select(o => OutcomeJournal.ToEntry(o)));
        foreach (var outcome in outcomes)
        {
            if (outcome.Status == OutcomeStatus.Ingested)
            {
                LogIngested(_stream.Name, outcome.ObsId, outcome.Raft, outcome.Sensor, outcome.FinalPath, outcome.DatasetIds);
            }
            else
            {
                LogFailed(_stream.Name, outcome.ObsId, (int)outcome.Status, outcome.Description, outcome.FinalPath);
            }

            await PublishAsync(outcome);
        }

        foreach (var path in consumed)
        {
            File.Delete(path);
        }

        _manifest.Remove(batch.Plan);
    }

    private FileOutcome Combine(ClaimedFile file, RawMetadata metadata, List<(RepositoryTarget Target, RepositoryResult Result)> perRepository, List<string> consumed)
    {
        if (perRepository.All(r => r.Result.Succeeded))
        {
            var keep = perRepository.Any(r => r.Target.ReferencesSource);
            if (!keep && perRepository.Any(r => r.Target.ConsumesSource))
            {
                consumed.Add(file.Staged);
            }

            var locations = string.Join(", ", perRepository.Select(r => r.Target.Writer.Location));
            return Describe(file, metadata, OutcomeStatus.Ingested, $"ingested into {locations}") with
            {
                FinalPath = keep || !perRepository.Any(r => r.Target.ConsumesSource) ? file.Staged : locations,
                DatasetIds = perRepository.ToDictionary(r => r.Target.Writer.Location, r => r.Result.DatasetId ?? "", StringComparer.Ordinal),
            };
        }

        var reasons = string.Join("; ", perRepository.Select(r => r.Result.Succeeded
            ? $"{r.Target.Writer.Location}: ingested as {r.Result.DatasetId}"
            : $"{r.Target.Writer.Location}: {r.Result.Reason}"));
        var stillReferenced = perRepository.Any(r => r.Result.Succeeded && r.Target.ReferencesSource);
        return Fail(file, metadata, OutcomeStatus.IngestFailure, reasons, null, stillReferenced) with
        {
            DatasetIds = perRepository.Where(r => r.Result.Succeeded).ToDictionary(r => r.Target.Writer.Location, r => r.Result.DatasetId ?? "", StringComparer.Ordinal),
        };
    }

    private FileOutcome Fail(ClaimedFile file, RawMetadata? metadata, OutcomeStatus status, string reason, Exception? error, bool keepOriginal, FitsHeader? header = null)
    {
        var finalPath = file.Staged;
        try
        {
            finalPath = Quarantine.Move(_stream, file.Staged, status, reason, error, _time.GetUtcNow(), keepOriginal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogQuarantineFailed(_stream.Name, file.Staged, e.Message);
        }

        var outcome = Describe(file, metadata, status, reason) with { FinalPath = keepOriginal ? file.Staged : finalPath };
        if (metadata is null && header is not null)
        {
            // Translation failed, but what the header says still tells the operator which image this was.
            outcome = outcome with
            {
                Camera = Blank(header.GetString("INSTRUME")) ?? outcome.Camera,
                ObsId = Blank(header.GetString("OBSID")) ?? outcome.ObsId,
                Raft = Blank(header.GetString("RAFTBAY")) ?? outcome.Raft,
                Sensor = Blank(header.GetString("CCDSLOT")) ?? outcome.Sensor,
            };
        }

        return outcome;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private FileOutcome Describe(ClaimedFile file, RawMetadata? metadata, OutcomeStatus status, string description) => new()
    {
        Stream = _stream.Name,
        SourcePath = file.Landing,
        FinalPath = file.Staged,
        Camera = metadata?.Instrument.Name ?? _stream.Instrument?.Name ?? "",
        ObsId = metadata?.Exposure.ObsId ?? Path.GetFileName(file.Landing),
        Raft = metadata?.Detector.Raft ?? "",
        Sensor = metadata?.Detector.NameInRaft ?? "",
        Status = status,
        Description = description,
        SeenTime = file.SeenTime,
        ClaimedTime = file.ClaimedTime,
        Time = _time.GetUtcNow(),
    };

    private async Task PublishAsync(FileOutcome outcome)
    {
        foreach (var sink in _sinks)
        {
            await sink.PublishAsync(outcome, CancellationToken.None);
        }
    }
}
