using Microsoft.Extensions.Logging;

namespace Oods.Csc.Logging;

/// <summary>
/// The CSC's log level in Python numbers (10 DEBUG, 20 INFO, 30 WARNING, 40 ERROR, 50 CRITICAL): what
/// <c>setLogLevel</c> sets, <c>logLevel</c> reports and <c>logMessage</c> forwards from.
/// </summary>
/// <param name="initial">The level at start (Python number).</param>
public sealed class CscLogLevel(int initial = 20)
{
    private int _level = initial;

    /// <summary>Raised after the level changed, with the new level; the host applies it to its log targets.</summary>
    public event EventHandler<int>? Changed;

    /// <summary>The level now (Python number).</summary>
    public int Level => Volatile.Read(ref _level);

    /// <summary>Sets the level and tells the subscribers.</summary>
    /// <param name="level">The new level (Python number).</param>
    public void Set(int level)
    {
        if (Interlocked.Exchange(ref _level, level) != level)
        {
            Changed?.Invoke(this, level);
        }
    }

    /// <summary>The Python number of a .NET log level (Trace 5, Debug 10, Information 20, Warning 30, Error 40, Critical 50).</summary>
    /// <param name="level">The .NET level.</param>
    /// <returns>The Python number.</returns>
    public static int ToPython(LogLevel level) => level switch
    {
        LogLevel.Trace => 5,
        LogLevel.Debug => 10,
        LogLevel.Information => 20,
        LogLevel.Warning => 30,
        LogLevel.Error => 40,
        _ => 50,
    };
}
