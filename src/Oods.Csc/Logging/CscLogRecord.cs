namespace Oods.Csc.Logging;

/// <summary>One log record to publish as <c>logMessage</c>.</summary>
/// <param name="Name">The logger (category) name.</param>
/// <param name="Level">Python level number.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Traceback">The exception text, or empty.</param>
internal sealed record CscLogRecord(string Name, int Level, string Message, string Traceback);
