using System.Threading.Channels;
using Oods.Core.Discovery;

namespace Oods.Core.Pipeline;

/// <summary>
/// The two stages of an enabled stream: claiming batches and reading their headers, and, on another thread,
/// the registry transactions and outcomes of the batches claimed so far.
/// </summary>
public sealed partial class StreamWorker
{
    /// <summary>Claimed batches that may wait for the finishing stage before claiming pauses.</summary>
    private const int QueuedBatches = 4;

    /// <summary>Most batches that share one registry transaction.</summary>
    private const int GroupedBatches = 8;

    /// <summary>
    /// Claims batch after batch and hands them to the finishing stage until ingest is disabled or stopping; then
    /// waits until every claimed batch is finished. A failure of the finishing stage ends the loop and escapes.
    /// </summary>
    private async Task ClaimAndFinishAsync(List<RepositoryTarget> targets, StreamDiscovery discovery, CancellationToken cancellationToken)
    {
        var prepared = Channel.CreateBounded<PreparedBatch>(new BoundedChannelOptions(QueuedBatches) { SingleReader = true, SingleWriter = true });
        var finishing = Task.Run(() => FinishQueuedAsync(targets, prepared.Reader), CancellationToken.None);
        try
        {
            var landed = new List<string>(_stream.BatchSize);
            while (!cancellationToken.IsCancellationRequested && !finishing.IsCompleted)
            {
                _health.Beat(_loop);
                _monitor.SetBacklog(_stream.Name, discovery.Backlog);
                if (!await NextBatchAsync(discovery, landed, cancellationToken) || await PrepareAsync(discovery, landed) is not { } batch)
                {
                    continue;
                }

                var space = prepared.Writer.WaitToWriteAsync(CancellationToken.None).AsTask();
                if (await Task.WhenAny(space, finishing) != space)
                {
                    // The finishing stage failed (its error escapes below); this batch stays in the manifest for recovery.
                    break;
                }

                prepared.Writer.TryWrite(batch);
            }
        }
        finally
        {
            // Claimed batches are finished even when stopping, so no file is left half-done.
            prepared.Writer.TryComplete();
            await finishing;
        }
    }

    /// <summary>
    /// Finishes claimed batches in order. Batches that queued up while a transaction ran share the next one:
    /// under a backlog the registry commits fewer, larger transactions; a lone file still goes through at once.
    /// </summary>
    private async Task FinishQueuedAsync(List<RepositoryTarget> targets, ChannelReader<PreparedBatch> prepared)
    {
        var group = new List<PreparedBatch>(GroupedBatches);
        while (await prepared.WaitToReadAsync(CancellationToken.None))
        {
            group.Clear();
            while (group.Count < GroupedBatches && prepared.TryRead(out var batch))
            {
                group.Add(batch);
            }

            await FinishAsync(targets, PreparedBatch.Combine(group));
        }
    }

    /// <summary>Waits for queued files (at most a scan interval, so the loop keeps beating) and takes up to a batch.</summary>
    private async Task<bool> NextBatchAsync(StreamDiscovery discovery, List<string> batch, CancellationToken cancellationToken)
    {
        batch.Clear();
        using var timeout = new CancellationTokenSource(_stream.ScanInterval, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            if (!await discovery.Files.WaitToReadAsync(either.Token))
            {
                return false;
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        while (batch.Count < _stream.BatchSize && discovery.Files.TryRead(out var path))
        {
            batch.Add(path);
        }

        return batch.Count > 0;
    }
}
