using Oods.Fits;

namespace Oods.Core.Metadata;

/// <summary>
/// Turns a raw's merged FITS header into the Butler records OODS writes, choosing the instrument from the
/// header alone (obs_lsst translators' <c>can_translate</c>, butler.md §4).
/// </summary>
public static class RawTranslator
{
    private const string SimonyiTelescope = "Simonyi Survey Telescope";

    /// <summary>Translates a merged header (primary HDU overwritten by the first extension).</summary>
    /// <param name="merged">The merged header.</param>
    /// <returns>The exposure and detector records, band and Gen2 fields.</returns>
    /// <exception cref="MetadataException">The instrument is not recognised or a required keyword is missing or malformed.</exception>
    public static RawMetadata Translate(FitsHeader merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        var header = new HeaderValues(merged);
        return Select(header).Translate();
    }

    /// <summary>Whether TELESCOP names the Simonyi telescope (or its old name, LSST).</summary>
    /// <param name="header">The header.</param>
    /// <returns>True for the main telescope.</returns>
    internal static bool IsSimonyiTelescope(HeaderValues header) =>
        header.String("TELESCOP")?.Trim() is SimonyiTelescope or "LSST";

    private static LsstTranslator Select(HeaderValues header)
    {
        if (LatissTranslator.CanTranslate(header))
        {
            return new LatissTranslator(header);
        }

        if (ComCamTranslator.CanTranslate(header))
        {
            return new ComCamTranslator(header);
        }

        if (ComCamSimTranslator.CanTranslate(header))
        {
            return new ComCamSimTranslator(header);
        }

        if (LsstCamSimTranslator.CanTranslate(header))
        {
            return new LsstCamSimTranslator(header);
        }

        if (LsstCamTranslator.CanTranslate(header))
        {
            return new LsstCamTranslator(header, Instruments.LsstCam.Definition);
        }

        throw new MetadataException(
            $"Cannot tell the instrument from the header: INSTRUME='{header.String("INSTRUME")}', TELESCOP='{header.String("TELESCOP")}', TELCODE='{header.String("TELCODE")}'.");
    }
}
