namespace Oods.Fits;

/// <summary>A file is not FITS, or its header cannot be read; carries the byte offset where reading failed.</summary>
public sealed class FitsFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="offset">Byte offset in the (uncompressed) stream where the problem was found.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public FitsFormatException(string message, long offset, Exception? inner = null)
        : base($"{message} (at byte {offset})", inner)
    {
        Offset = offset;
        Reason = message;
    }

    /// <summary>Byte offset in the (uncompressed) stream where the problem was found.</summary>
    public long Offset { get; }

    /// <summary>What is wrong, without the offset.</summary>
    public string Reason { get; }
}
