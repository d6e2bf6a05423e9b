using Oods.Core.Instruments;

namespace Oods.Core.Metadata;

/// <summary>LSSTCamSim headers (obs_lsst <c>LsstCamSimTranslator</c>): LSSTCam rules and geometry, always simulated, no header fixes.</summary>
internal sealed class LsstCamSimTranslator : LsstCamTranslator
{
    /// <summary>Creates the translator.</summary>
    /// <param name="header">The merged header.</param>
    public LsstCamSimTranslator(HeaderValues header)
        : base(header, LsstCamSim.Definition)
    {
    }

    /// <inheritdoc/>
    protected override bool AlwaysSimulated => true;

    /// <inheritdoc/>
    protected override bool CanCheckObservationTypeForCanSeeSky => true;

    /// <summary>Whether the header is from the simulated LSSTCam: INSTRUME lsstcamsim on the Simonyi telescope.</summary>
    /// <param name="header">The merged header.</param>
    /// <returns>True for LSSTCamSim.</returns>
    public static new bool CanTranslate(HeaderValues header) =>
        string.Equals(header.String("INSTRUME")?.Trim(), "lsstcamsim", StringComparison.OrdinalIgnoreCase)
        && RawTranslator.IsSimonyiTelescope(header);

    /// <inheritdoc/>
    protected override void FixHeader()
    {
    }

    /// <inheritdoc/>
    protected override bool IsOnMountain() => true;

    /// <inheritdoc/>
    protected override TimeSpan ObservingDayOffset() => RolloverOffset;
}
