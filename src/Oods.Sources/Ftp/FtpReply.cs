namespace Oods.Sources.Ftp;

/// <summary>One FTP reply (RFC 959 §4.2): a three-digit code and its text (all lines of a multi-line reply).</summary>
/// <param name="Code">The reply code.</param>
/// <param name="Text">The text.</param>
internal sealed record FtpReply(int Code, string Text)
{
    /// <summary>Whether the reply is positive preliminary (1xx).</summary>
    public bool IsPreliminary => Code is >= 100 and < 200;

    /// <summary>Whether the reply is positive completion (2xx).</summary>
    public bool IsSuccess => Code is >= 200 and < 300;

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Text}";
}
