using System.Text;
using NLog;
using NLog.LayoutRenderers.Wrappers;

namespace Oods.Host.Hosting;

/// <summary>
/// <c>${journal-priority:inner=…}</c>: under systemd (<c>JOURNAL_STREAM</c> set) every line of the inner text gets
/// the sd-daemon prefix <c>&lt;N&gt;</c> of the event's level, so that journald files it with that priority;
/// elsewhere the text is left as it is.
/// </summary>
/// <remarks>
/// Every line, not only the first: journald splits a stream on newlines, and a stack trace without prefixes
/// would be filed as Information.
/// </remarks>
internal sealed class JournalPriorityLayoutRenderer : WrapperLayoutRendererBase
{
    /// <summary>The name the renderer is registered under.</summary>
    public const string Name = "journal-priority";

    /// <summary>Whether standard error goes to the systemd journal (set by systemd for services it starts).</summary>
    public static bool ToJournal => Environment.GetEnvironmentVariable("JOURNAL_STREAM") is { Length: > 0 };

    /// <summary>The syslog priority journald uses for an NLog level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>7 debug, 6 info, 4 warning, 3 error, 2 critical.</returns>
    public static int Priority(LogLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return level.Ordinal switch
        {
            <= 1 => 7,
            2 => 6,
            3 => 4,
            4 => 3,
            _ => 2,
        };
    }

    /// <inheritdoc/>
    protected override string Transform(string text) => text;

    /// <inheritdoc/>
    protected override string Transform(LogEventInfo logEvent, string text)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (!ToJournal)
        {
            return text;
        }

        var prefix = $"<{Priority(logEvent.Level)}>";
        var lines = text.Split('\n');
        var builder = new StringBuilder(text.Length + (lines.Length * prefix.Length));
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(prefix).Append(lines[i].TrimEnd('\r'));
        }

        return builder.ToString();
    }
}
