using Oods.Core.Discovery;

namespace Oods.Core.Pipeline;

/// <summary>Preparing one batch: settle check, in-flight manifest, claim, header; then <see cref="FinishAsync"/>.</summary>
public sealed partial class StreamWorker
{
    /// <summary>Claims a batch and reads its headers; the registry work is left to <see cref="FinishAsync"/>.</summary>
    private async Task<PreparedBatch?> PrepareAsync(StreamDiscovery discovery, List<string> landed)
    {
        var plan = new List<InflightFile>(landed.Count);
        var planned = new HashSet<string>(StringComparer.Ordinal);
        var now = _time.GetUtcNow();
        foreach (var landingPath in landed)
        {
            if (!IsSettled(discovery, landingPath, now))
            {
                discovery.Done(landingPath);
                continue;
            }

            var target = FileClaimer.TargetFor(_stream, RootOf(landingPath), landingPath);
            for (var n = 1; !planned.Add(target); n++)
            {
                target = Path.Combine(Path.GetDirectoryName(target)!, $"dup{n}_{Path.GetFileName(landingPath)}");
            }

            plan.Add(new InflightFile(landingPath, target, discovery.SeenTime(landingPath)));
        }

        if (plan.Count == 0)
        {
            return null;
        }

        _manifest.Add(plan);
        var claimed = new List<ClaimedFile>(plan.Count);
        foreach (var file in plan)
        {
            if (await TryClaimAsync(file) is { } claimedFile)
            {
                claimed.Add(claimedFile);
            }

            discovery.Done(file.Landing);
        }

        return ReadHeaders(plan, claimed);
    }

    private bool IsSettled(StreamDiscovery discovery, string landingPath, DateTimeOffset now)
    {
        if (_stream.SettleTime <= TimeSpan.Zero)
        {
            return true;
        }

        var info = new FileInfo(landingPath);
        if (!info.Exists)
        {
            return false;
        }

        var settledAt = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero) + _stream.SettleTime;
        if (settledAt <= now)
        {
            return true;
        }

        LogSettling(_stream.Name, landingPath, settledAt);
        discovery.RescanBy(settledAt);
        return false;
    }

    private string RootOf(string landingPath) =>
        _stream.LandingDirectories.FirstOrDefault(root => landingPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) ?? _stream.LandingDirectory;

    private async Task<ClaimedFile?> TryClaimAsync(InflightFile file)
    {
        try
        {
            FileClaimer.Claim(file.Landing, file.Staged);
            _claimRetries.Forget(file.Landing);
            return new ClaimedFile(file.Landing, file.Staged, file.SeenTime, _time.GetUtcNow());
        }
        catch (FileNotFoundException)
        {
            _claimRetries.Forget(file.Landing);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var attempts = _claimRetries.Failed(file.Landing);
            LogClaimFailed(_stream.Name, file.Landing, attempts, e.Message);
            if (attempts == _stream.ClaimAttempts)
            {
                LogUnclaimable(_stream.Name, file.Landing, attempts, e.Message);
                var outcome = Describe(new ClaimedFile(file.Landing, file.Landing, file.SeenTime, null), null, Outcomes.OutcomeStatus.IngestFailure, $"cannot claim after {attempts} attempts (still retrying with backoff): {e.Message}");
                _journal.Append([Journal.OutcomeJournal.ToEntry(outcome, "unclaimable")]);
                await PublishAsync(outcome);
            }

            return null;
        }
    }
}
