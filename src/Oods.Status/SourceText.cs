using System.Globalization;

namespace Oods.Status;

/// <summary>A remote source's state in words, as the status page and <c>oods status</c> show it.</summary>
internal static class SourceText
{
    /// <summary>"failing since T (N polls): reason" while failing, else "ok".</summary>
    /// <param name="source">The source.</param>
    /// <returns>The text.</returns>
    public static string State(SourceView source) => source.FailingSince is { } since
        ? string.Create(CultureInfo.InvariantCulture, $"failing since {Stamp(since)} ({source.FailuresInARow} {(source.FailuresInARow == 1 ? "poll" : "polls")}): {source.Error}")
        : "ok";

    /// <summary>The last good poll's time, or "never".</summary>
    /// <param name="source">The source.</param>
    /// <returns>The text.</returns>
    public static string LastSuccess(SourceView source) => source.LastSuccess is { } last ? Stamp(last) : "never";

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
