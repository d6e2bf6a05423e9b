namespace Oods.Core.Metadata;

/// <summary>A raw's header cannot be read or translated (outcome status code 2).</summary>
public sealed class MetadataException : OodsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the header.</param>
    /// <param name="inner">The underlying error (e.g. a FITS format error).</param>
    public MetadataException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>The header, when it was read but could not be translated: what it says still identifies the file in reports.</summary>
    public Oods.Fits.FitsHeader? Header { get; init; }
}
