using Oods.Core.Metadata;

namespace Oods.Core.Instruments;

/// <summary>Detector layouts of the LSST cameras (obs_lsst <c>policy/rafts.yaml</c>, <c>generateCamera.py</c>).</summary>
/// <remarks>A detector id is the raft's <c>id0</c> plus the sensor's slot id (S00=0 … S22=8; corner SG0, SG1, SW0, SW1 = 0..3).</remarks>
internal static class CameraGeometry
{
    /// <summary>Science sensor slots in slot-id order.</summary>
    public static IReadOnlyList<string> ScienceSlots { get; } = ["S00", "S01", "S02", "S10", "S11", "S12", "S20", "S21", "S22"];

    /// <summary>Corner-raft sensor slots in slot-id order.</summary>
    public static IReadOnlyList<string> CornerSlots { get; } = ["SG0", "SG1", "SW0", "SW1"];

    /// <summary>LSSTCam science rafts in id0 order (id0 = 9 × position).</summary>
    public static IReadOnlyList<string> ScienceRafts { get; } =
    [
        "R01", "R02", "R03", "R10", "R11", "R12", "R13", "R14", "R20", "R21", "R22",
        "R23", "R24", "R30", "R31", "R32", "R33", "R34", "R41", "R42", "R43",
    ];

    /// <summary>LSSTCam corner rafts in id0 order (id0 = 189 + 4 × position).</summary>
    public static IReadOnlyList<string> CornerRafts { get; } = ["R00", "R04", "R40", "R44"];

    /// <summary>The 205 LSSTCam detectors for an instrument name (LSSTCam and LSSTCamSim share them).</summary>
    /// <param name="instrument">Instrument name written into each record.</param>
    /// <returns>The detectors ordered by id.</returns>
    public static IReadOnlyList<DetectorRecord> LsstCamDetectors(string instrument)
    {
        var detectors = new List<DetectorRecord>(205);
        for (var r = 0; r < ScienceRafts.Count; r++)
        {
            for (var s = 0; s < ScienceSlots.Count; s++)
            {
                detectors.Add(Detector(instrument, (9 * r) + s, ScienceRafts[r], ScienceSlots[s], "SCIENCE"));
            }
        }

        for (var r = 0; r < CornerRafts.Count; r++)
        {
            for (var s = 0; s < CornerSlots.Count; s++)
            {
                var purpose = CornerSlots[s].StartsWith("SG", StringComparison.Ordinal) ? "GUIDER" : "WAVEFRONT";
                detectors.Add(Detector(instrument, 189 + (4 * r) + s, CornerRafts[r], CornerSlots[s], purpose));
            }
        }

        return detectors;
    }

    /// <summary>The nine ComCam detectors, raft R22 (LSSTComCam and LSSTComCamSim share them).</summary>
    /// <param name="instrument">Instrument name written into each record.</param>
    /// <returns>The detectors ordered by id.</returns>
    public static IReadOnlyList<DetectorRecord> ComCamDetectors(string instrument) =>
        [.. ScienceSlots.Select((slot, i) => Detector(instrument, i, "R22", slot, "SCIENCE"))];

    private static DetectorRecord Detector(string instrument, long id, string raft, string slot, string purpose) =>
        new(instrument, id, $"{raft}_{slot}", slot, raft, purpose);
}
