namespace Oods.Csc.Wire;

/// <summary>Current time as salobj stamps it: TAI and UTC unix seconds (salobj's <c>utils.current_tai()</c>).</summary>
/// <remarks>Stamping UTC instead of TAI would make running salobj remotes drop our events as older than the last seen.</remarks>
internal sealed class TaiClock(TimeProvider time)
{
    /// <summary>Now, as UTC unix seconds and TAI unix seconds.</summary>
    public (double Utc, double Tai) Now()
    {
        var utc = time.GetUtcNow();
        var utcSeconds = (utc - DateTimeOffset.UnixEpoch).TotalSeconds;
        return (utcSeconds, utcSeconds + LeapSeconds.TaiMinusUtc(utc));
    }
}
