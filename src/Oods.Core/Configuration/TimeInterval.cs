namespace Oods.Core.Configuration;

/// <summary>A duration written as days, hours, minutes and seconds (ctrl_oods <c>TimeInterval</c>).</summary>
public sealed class TimeInterval
{
    /// <summary>Days; default 0.</summary>
    public int Days { get; set; }

    /// <summary>Hours; default 0.</summary>
    public int Hours { get; set; }

    /// <summary>Minutes; default 0.</summary>
    public int Minutes { get; set; }

    /// <summary>Seconds; default 0.</summary>
    public int Seconds { get; set; }

    /// <summary>The interval as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan ToTimeSpan() => new(Days, Hours, Minutes, Seconds);

    /// <summary>Creates an interval of whole seconds.</summary>
    /// <param name="seconds">Seconds.</param>
    /// <returns>The interval.</returns>
    public static TimeInterval FromSeconds(int seconds) => new() { Seconds = seconds };

    /// <inheritdoc/>
    public override string ToString() => ToTimeSpan().ToString();
}
