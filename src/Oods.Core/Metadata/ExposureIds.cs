using System.Globalization;

namespace Oods.Core.Metadata;

/// <summary>Rubin exposure ids: <c>YYYYMMDD</c> (shifted per controller) followed by a 5-digit sequence number (butler.md §4.2).</summary>
internal static class ExposureIds
{
    /// <summary>Controller codes in offset order: OCS, CCS, then the simulation controllers H, P, Q, S.</summary>
    public const string Controllers = "OCHPQS";

    /// <summary>Controllers whose data are simulated.</summary>
    public const string SimulatedControllers = "HPQS";

    private const long ControllerIncrement = 1000_00_00;

    /// <summary>Computes the exposure id with today's controller rules.</summary>
    /// <param name="dayObs">DAYOBS as <c>YYYYMMDD</c>, <c>YYYY-MM-DD</c> or ISO with a <c>T</c> suffix.</param>
    /// <param name="seqNum">SEQNUM, below 100000.</param>
    /// <param name="controller">CONTRLLR, or null when the header has none.</param>
    /// <returns>The exposure id.</returns>
    /// <exception cref="MetadataException">Malformed day, sequence number or controller.</exception>
    public static long Compute(string dayObs, long seqNum, string? controller)
    {
        var day = dayObs.Trim();
        var t = day.IndexOf('T', StringComparison.Ordinal);
        if (t >= 0)
        {
            day = day[..t];
        }

        day = day.Replace("-", string.Empty, StringComparison.Ordinal);
        if (day.Length != 8 || !long.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var dayNumber))
        {
            throw new MetadataException($"Malformed DAYOBS '{dayObs}': expected YYYYMMDD.");
        }

        if (seqNum is < 0 or >= 100_000)
        {
            throw new MetadataException($"SEQNUM {seqNum} is outside 0..99999.");
        }

        // The C counter was unified with O after 2023-10-04 and P/Q/S after 2025-04-17; ids from
        // before those days keep their per-controller offset so already-ingested ids never change.
        if ((dayNumber > 20231004 && controller == "C") || (dayNumber > 20250417 && controller is "P" or "S" or "Q"))
        {
            controller = null;
        }

        if (controller is not null)
        {
            // An empty controller is index 0 ("O"), as Python's str.find("") is.
            var index = Controllers.IndexOf(controller, StringComparison.Ordinal);
            if (index < 0 || controller.Length > 1)
            {
                throw new MetadataException($"CONTRLLR '{controller}' is not one of {Controllers}.");
            }

            dayNumber += ControllerIncrement * index;
        }

        return (dayNumber * 100_000) + seqNum;
    }
}
