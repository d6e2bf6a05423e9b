using System.Runtime.CompilerServices;
using NLog;

namespace Oods.Host.Hosting;

/// <summary>Loads NLog from NLog.config and applies <c>CTRL_OODS_LOG_LEVEL</c>.</summary>
internal static class LogSetup
{
    /// <summary>The environment variable with the starting log level (Python or NLog names).</summary>
    public const string LevelVariable = "CTRL_OODS_LOG_LEVEL";

    /// <summary>The environment variable naming the JSON-lines log file; unset = no JSON log.</summary>
    public const string JsonVariable = "CTRL_OODS_LOG_JSON";

    /// <summary>Registers OODS's NLog extensions before anything can load NLog.config (NLog loads it on first use).</summary>
    [ModuleInitializer]
    internal static void RegisterExtensions() =>
        LogManager.Setup().SetupExtensions(e => e.RegisterLayoutRenderer(() => new JournalPriorityLayoutRenderer(), JournalPriorityLayoutRenderer.Name));

    /// <summary>Configures NLog once per process.</summary>
    public static void Configure()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "NLog.config");
        if (File.Exists(path))
        {
            LogManager.Setup().LoadConfigurationFromFile(path, optional: false);
        }

        if (LogManager.Configuration is { } configuration)
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(JsonVariable)))
            {
                configuration.RemoveTarget("json");
            }

            LogManager.Configuration = configuration;
        }

        if (Environment.GetEnvironmentVariable(LevelVariable) is { Length: > 0 } level)
        {
            SetMinimumLevel(level);
        }
    }

    /// <summary>Changes the minimum level of every rule that writes to the log targets.</summary>
    /// <param name="level">A level name: DEBUG, INFO, WARNING, ERROR, CRITICAL (Python) or NLog's names; or a Python number (10–50).</param>
    /// <returns>The level now in force.</returns>
    /// <exception cref="ArgumentException">The name is not a level.</exception>
    public static LogLevel SetMinimumLevel(string level)
    {
        var nlogLevel = Parse(level);
        SetMinimumLevel(nlogLevel);
        return nlogLevel;
    }

    /// <summary>Changes the minimum level of every rule that writes to the log targets.</summary>
    /// <param name="level">The new minimum level; events below it are dropped from that moment on.</param>
    public static void SetMinimumLevel(LogLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        if (LogManager.Configuration is { } configuration)
        {
            configuration.Variables["minLevel"] = level.Name;
            LogManager.ReconfigExistingLoggers();
        }
    }

    private static LogLevel Parse(string level) => level.Trim().ToUpperInvariant() switch
    {
        "TRACE" or "5" => LogLevel.Trace,
        "DEBUG" or "10" => LogLevel.Debug,
        "INFO" or "INFORMATION" or "20" => LogLevel.Info,
        "WARN" or "WARNING" or "30" => LogLevel.Warn,
        "ERROR" or "40" => LogLevel.Error,
        "CRITICAL" or "FATAL" or "50" => LogLevel.Fatal,
        _ => throw new ArgumentException($"'{level}' is not a log level (DEBUG, INFO, WARNING, ERROR, CRITICAL)", nameof(level)),
    };
}
