namespace Oods.Status;

/// <summary>A stream's remote source (FTP, SFTP, S3 messages) as <c>/status</c> shows it: when it last polled well, and whether it fails now.</summary>
public sealed record SourceView
{
    /// <summary>The source kind: <c>ftp</c>, <c>sftp</c> or <c>s3</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>When a poll last succeeded (for s3: a message was consumed or an object read), if one did.</summary>
    public DateTimeOffset? LastSuccess { get; init; }

    /// <summary>Since when every poll failed; null while the last poll succeeded.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>Why the last poll failed (the text of Warning 9502, e.g. a TLS certificate that is not trusted); null while it succeeded.</summary>
    public string? Error { get; init; }

    /// <summary>Polls failed in a row since the last success.</summary>
    public int FailuresInARow { get; init; }

    /// <summary>Polls failed since start.</summary>
    public long Failures { get; init; }
}
