namespace Oods.EndToEnd.Raws;

/// <summary>The 205 LSSTCam detectors as RAFTBAY/CCDSLOT pairs: 189 science, then 8 wavefront and 8 guider sensors.</summary>
internal static class LsstCamDetectors
{
    private static readonly string[] ScienceSlots = ["S00", "S01", "S02", "S10", "S11", "S12", "S20", "S21", "S22"];
    private static readonly string[] CornerRafts = ["R00", "R04", "R40", "R44"];
    private static readonly string[] CornerSlots = ["SG0", "SG1", "SW0", "SW1"];

    /// <summary>Every detector of one exposure, in detector-id order.</summary>
    public static IReadOnlyList<(string Raft, string Slot)> All { get; } = Build();

    private static List<(string Raft, string Slot)> Build()
    {
        var all = new List<(string Raft, string Slot)>(205);
        for (var row = 0; row < 5; row++)
        {
            for (var column = 0; column < 5; column++)
            {
                var raft = $"R{row}{column}";
                if (!CornerRafts.Contains(raft))
                {
                    all.AddRange(ScienceSlots.Select(slot => (raft, slot)));
                }
            }
        }

        foreach (var raft in CornerRafts)
        {
            all.AddRange(CornerSlots.Select(slot => (raft, slot)));
        }

        return all;
    }
}
