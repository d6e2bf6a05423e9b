using Microsoft.Extensions.Time.Testing;
using Oods.Csc.Wire;

namespace Oods.Csc.Tests.Wire;

public sealed class TaiClockTests
{
    [Fact]
    public void Now_2026_TaiIs37SecondsAheadOfUtc()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var (utc, tai) = new TaiClock(time).Now();

        Assert.Equal((1767225600.0, 1767225637.0), (utc, tai));
    }

    [Theory]
    [InlineData("2016-12-31T23:59:59Z", 36)]
    [InlineData("2017-01-01T00:00:00Z", 37)]
    [InlineData("2015-06-30T00:00:00Z", 35)]
    public void TaiMinusUtc_AroundLeapSeconds_FollowsTable(string utc, int expected)
    {
        Assert.Equal(expected, LeapSeconds.TaiMinusUtc(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Next_AtMaximum_WrapsToOne()
    {
        var seq = new SequenceNumber();
        Assert.Equal(1, seq.Next());
        typeof(SequenceNumber).GetField("_last", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.SetValue(seq, int.MaxValue);
        Assert.Equal(1, seq.Next());
    }
}
