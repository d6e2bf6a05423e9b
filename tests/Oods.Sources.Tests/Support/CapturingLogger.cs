using Microsoft.Extensions.Logging;

namespace Oods.Sources.Tests.Support;

/// <summary>A logger that keeps every event (id and message) for assertions.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<(int Id, LogLevel Level, string Message)> _events = [];

    /// <summary>The events logged so far.</summary>
    public IReadOnlyList<(int Id, LogLevel Level, string Message)> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    /// <inheritdoc/>
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc/>
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc/>
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_events)
        {
            _events.Add((eventId.Id, logLevel, formatter(state, exception) + (exception is null ? "" : " | " + exception.Message)));
        }
    }
}
