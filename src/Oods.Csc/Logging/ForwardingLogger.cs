using Microsoft.Extensions.Logging;

namespace Oods.Csc.Logging;

/// <summary>The logger <see cref="CscLogForwarder"/> hands out for one category.</summary>
/// <param name="forwarder">The forwarder.</param>
/// <param name="category">The category.</param>
internal sealed class ForwardingLogger(CscLogForwarder forwarder, string category) : ILogger
{
    /// <inheritdoc/>
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc/>
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && CscLogLevel.ToPython(logLevel) >= forwarder.Level.Level;

    /// <inheritdoc/>
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (forwarder.Accepts(category, logLevel, eventId))
        {
            forwarder.Add(new CscLogRecord(category, CscLogLevel.ToPython(logLevel), formatter(state, exception), exception?.ToString() ?? string.Empty));
        }
    }
}
