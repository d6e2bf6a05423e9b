namespace Oods.Csc.Remote;

/// <summary>One event read by <see cref="CscRemote"/>, as text.</summary>
/// <param name="Topic">The event's short name, e.g. <c>summaryState</c>.</param>
/// <param name="Time">When the CSC wrote it (UTC).</param>
/// <param name="Text">The key fields, e.g. <c>ENABLED</c> or <c>obsid=… statusCode=0</c>; empty for a heartbeat.</param>
public sealed record SalEventLine(string Topic, DateTimeOffset Time, string Text)
{
    /// <summary>One readable line: ISO 8601 UTC time, topic, text.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{SalText.Time(Time)} {Topic} {Text}".TrimEnd();
}
