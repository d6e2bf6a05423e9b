using Oods.Core.Instruments;

namespace Oods.Core.Metadata;

/// <summary>LSSTComCamSim headers (obs_lsst <c>LsstComCamSimTranslator</c>): LSSTCam rules, ComCam geometry, always simulated.</summary>
internal sealed class ComCamSimTranslator : LsstCamTranslator
{
    /// <summary>Creates the translator.</summary>
    /// <param name="header">The merged header.</param>
    public ComCamSimTranslator(HeaderValues header)
        : base(header, LsstComCamSim.Definition)
    {
    }

    /// <inheritdoc/>
    protected override bool AlwaysSimulated => true;

    /// <inheritdoc/>
    protected override bool CanCheckObservationTypeForCanSeeSky => true;

    /// <summary>Whether the header is from the simulated ComCam: INSTRUME comcamsim on the Simonyi telescope.</summary>
    /// <param name="header">The merged header.</param>
    /// <returns>True for LSSTComCamSim.</returns>
    public static new bool CanTranslate(HeaderValues header) =>
        string.Equals(header.String("INSTRUME")?.Trim(), "comcamsim", StringComparison.OrdinalIgnoreCase)
        && RawTranslator.IsSimonyiTelescope(header);

    /// <inheritdoc/>
    protected override void FixHeader()
    {
        // The simulator wrote only RA/DEC; the tracking position is read from RASTART/DECSTART first.
        foreach (var key in (string[])["RA", "DEC"])
        {
            foreach (var suffix in (string[])["START", "END"])
            {
                if (Header.Real(key + suffix) is null or 0 && Header.Real(key) is { } value && value != 0)
                {
                    Header.Set(key + suffix, value);
                }
            }
        }

        if (string.IsNullOrEmpty(Header.String("RADESYS")) && Header.Real("RA") is not (null or 0) && Header.Real("DEC") is not (null or 0))
        {
            Header.Set("RADESYS", "ICRS");
        }
    }

    /// <inheritdoc/>
    protected override bool IsOnMountain() => true;

    /// <inheritdoc/>
    protected override TimeSpan ObservingDayOffset() => RolloverOffset;
}
