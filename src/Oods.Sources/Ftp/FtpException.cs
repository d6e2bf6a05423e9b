namespace Oods.Sources.Ftp;

/// <summary>The FTP server refused a command or broke the protocol.</summary>
public sealed class FtpException : IOException
{
    /// <summary>Creates the exception.</summary>
    public FtpException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    public FtpException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public FtpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The reply code, when the server sent one (0 otherwise).</summary>
    public int Code { get; init; }
}
