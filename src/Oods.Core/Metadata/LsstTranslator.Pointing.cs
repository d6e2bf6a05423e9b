namespace Oods.Core.Metadata;

/// <summary>Tracking coordinates, alt/az at start and sky angle.</summary>
/// <remarks>
/// The RA/Dec frame is taken as ICRS: Rubin headers write RADESYS = ICRS, and obs_base stores the ICRS
/// transform of whatever frame the header names. A GAPPT frame (moving target) gives no coordinates.
/// </remarks>
internal abstract partial class LsstTranslator
{
    private static readonly (string Ra, string Dec)[] RaDecPairs = [("RASTART", "DECSTART"), ("RA", "DEC")];

    /// <summary>Tracking RA/Dec in degrees, or nulls when the exposure is not tracking the sky.</summary>
    /// <param name="observationType">The observation type.</param>
    /// <returns>RA and Dec, both null or both set.</returns>
    protected virtual (double? Ra, double? Dec) TrackingRaDec(string? observationType)
    {
        // The OCS can claim to track during calibrations; darks may really be tracked, so only bias and flat are excluded.
        if (observationType is "bias" or "flat")
        {
            return (null, null);
        }

        if (Header.String("TRACKSYS") is { } trackSys && trackSys != "RADEC")
        {
            return (null, null);
        }

        // A DATE-OBS fixed up from DATE means RA/Dec are garbage; obs_lsst then derives them from
        // alt/az, which needs an astrometry library: report no tracking position instead.
        if (Header.String("DATE-OBS") is { } dateObs && dateObs == Header.String("DATE"))
        {
            return (null, null);
        }

        if (string.Equals(Header.String("RADESYS")?.Trim(), "gappt", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        foreach (var (raKey, decKey) in RaDecPairs)
        {
            if (Header.Real(raKey) is { } ra && Header.Real(decKey) is { } dec)
            {
                return (NormaliseDegrees(ra), dec);
            }
        }

        return (null, null);
    }

    /// <summary>Zenith angle and azimuth at the start, degrees; nulls off the mountain or without ELSTART/AZSTART.</summary>
    /// <param name="observationType">The observation type.</param>
    /// <returns>Zenith angle and azimuth.</returns>
    protected virtual (double? Zenith, double? Azimuth) AltAzBegin(string? observationType) => AltAzFrom("ELSTART", "AZSTART");

    /// <summary>Alt/az from a pair of degree keywords, clipped as astro_metadata_translator does.</summary>
    /// <param name="altKey">Altitude keyword.</param>
    /// <param name="azKey">Azimuth keyword.</param>
    /// <returns>Zenith angle and azimuth, or nulls.</returns>
    protected (double? Zenith, double? Azimuth) AltAzFrom(string altKey, string azKey)
    {
        if (!IsOnMountain())
        {
            return (null, null);
        }

        if (Header.Real(altKey) is not { } alt || Header.Real(azKey) is not { } az || az < -360.0 || alt < -90.0)
        {
            return (null, null);
        }

        alt = Math.Clamp(alt, -5.55, 90.0);
        return (90.0 - alt, NormaliseDegrees(az));
    }

    private double? SkyAngle(string? observationType)
    {
        if (!IsOnSky(observationType))
        {
            return null;
        }

        if (!string.Equals(Header.String("ROTCOORD")?.Trim(), "sky", StringComparison.Ordinal))
        {
            return null;
        }

        return RotationAngle() is { } angle && !double.IsNaN(angle) ? angle : null;
    }

    private static double NormaliseDegrees(double degrees)
    {
        // Longitudes wrap into [0, 360) as astropy's Longitude does.
        var wrapped = degrees % 360.0;
        return wrapped < 0 ? wrapped + 360.0 : wrapped;
    }
}
