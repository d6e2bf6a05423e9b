using Oods.Core.Expiry;

namespace Oods.Core.Tests.Expiry;

public sealed class ExpiryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 21, 40, 17, TimeSpan.Zero);

    [Fact]
    public void Next_Interval_IsExactlyOneIntervalLater()
    {
        var schedule = ExpirySchedule.From(TimeSpan.FromSeconds(3601), "");
        Assert.Equal(Now.AddSeconds(3601), schedule.Next(Now));
    }

    [Theory]
    [InlineData("0 3 * * *", "2026-11-29T03:00:00Z")]
    [InlineData("*/15 * * * *", "2026-11-28T21:45:00Z")]
    [InlineData("40 21 * * *", "2026-11-29T21:40:00Z")]
    [InlineData("0 0 1 * *", "2026-12-01T00:00:00Z")]
    public void Next_Cron_IsTheNextMatchingTimeInUtc(string cron, string expected)
    {
        var schedule = ExpirySchedule.From(TimeSpan.FromHours(1), cron);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.Next(Now));
    }

    [Fact]
    public void Next_CronAtTheExactTime_IsTheFollowingOccurrence()
    {
        var schedule = ExpirySchedule.From(TimeSpan.Zero, "0 3 * * *");
        var three = new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);
        Assert.Equal(three.AddDays(1), schedule.Next(three));
    }

    [Theory]
    [InlineData("0 3 * *")]
    [InlineData("61 * * * *")]
    [InlineData("every day")]
    public void CronProblem_NotFiveValidFields_Explains(string cron)
    {
        Assert.Contains(cron, ExpirySchedule.CronProblem(cron), StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ExpirySchedule.From(TimeSpan.FromHours(1), cron));
    }

    [Fact]
    public void From_NoCronAndZeroInterval_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpirySchedule.From(TimeSpan.Zero, " "));
}
