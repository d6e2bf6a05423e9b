namespace Oods.Core.Observability;

/// <summary>How a stream's remote source (FTP, SFTP poll; S3 message consumer) fared at its last polls.</summary>
/// <param name="Kind">The source kind: <c>ftp</c>, <c>sftp</c> or <c>s3</c>.</param>
/// <param name="LastSuccess">When a poll last succeeded (null until one did).</param>
/// <param name="FailingSince">When the current run of failed polls began (null while the last poll succeeded).</param>
/// <param name="Error">Why the last poll failed (null while the last poll succeeded).</param>
/// <param name="FailuresInARow">Polls failed since the last success.</param>
/// <param name="Failures">Polls failed since start.</param>
public sealed record SourceHealth(string Kind, DateTimeOffset? LastSuccess, DateTimeOffset? FailingSince, string? Error, int FailuresInARow, long Failures)
{
    /// <summary>Failed polls in a row after which the stream is not ready (<c>/readyz</c>).</summary>
    public const int NotReadyAfter = 3;
}
