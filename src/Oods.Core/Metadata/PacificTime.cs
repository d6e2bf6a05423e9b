namespace Oods.Core.Metadata;

/// <summary>The US/Pacific time zone, in which LSSTCam and ComCam lab data defined their observing day.</summary>
internal static class PacificTime
{
    private static readonly TimeZoneInfo Zone = Load();

    /// <summary>The zone's offset from UTC at an instant (−7 h or −8 h).</summary>
    /// <param name="utc">The instant, as UTC.</param>
    /// <returns>The offset.</returns>
    public static TimeSpan GetUtcOffset(DateTime utc) => Zone.GetUtcOffset(utc);

    private static TimeZoneInfo Load()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Minimal containers may lack tzdata; the lab data all fall under the US rules in force since 2007.
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(2007, 1, 1),
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone("US/Pacific", TimeSpan.FromHours(-8), "US/Pacific", "PST", "PDT", [rule]);
        }
    }
}
