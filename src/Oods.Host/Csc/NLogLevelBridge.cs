using NLog;
using Oods.Csc.Logging;
using Oods.Host.Hosting;

namespace Oods.Host.Csc;

/// <summary>Connects the CSC's log level (<c>setLogLevel</c>, <c>logLevel</c>) to NLog's <c>minLevel</c> variable.</summary>
internal static class NLogLevelBridge
{
    /// <summary>A CSC log level starting at NLog's current level, applied to NLog whenever it changes.</summary>
    /// <returns>The level.</returns>
    public static CscLogLevel Create()
    {
        var level = new CscLogLevel(ToPython(CurrentLevel()));
        level.Changed += (_, python) => LogSetup.SetMinimumLevel(FromPython(python));
        return level;
    }

    /// <summary>The Python level name that NLog can apply for any Python number (rounded up to the next named level).</summary>
    /// <param name="python">Python level number.</param>
    /// <returns>A name <see cref="LogSetup.SetMinimumLevel(string)"/> accepts.</returns>
    public static string FromPython(int python) => python switch
    {
        <= 5 => "TRACE",
        <= 10 => "DEBUG",
        <= 20 => "INFO",
        <= 30 => "WARNING",
        <= 40 => "ERROR",
        _ => "CRITICAL",
    };

    private static int ToPython(LogLevel level) =>
        level == LogLevel.Trace ? 5
        : level == LogLevel.Debug ? 10
        : level == LogLevel.Info ? 20
        : level == LogLevel.Warn ? 30
        : level == LogLevel.Error ? 40
        : 50;

    private static LogLevel CurrentLevel()
    {
        if (LogManager.Configuration?.Variables.TryGetValue("minLevel", out var layout) == true)
        {
            try
            {
                return LogLevel.FromString(layout.Render(LogEventInfo.CreateNullEvent()));
            }
            catch (ArgumentException)
            {
                return LogLevel.Info;
            }
        }

        return LogLevel.Info;
    }
}
