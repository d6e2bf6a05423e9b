using System.Globalization;
using Cronos;

namespace Oods.Core.Expiry;

/// <summary>When expiry passes run: every interval, or at the times of a cron expression (UTC).</summary>
/// <remarks>
/// The first pass comes one interval (or the next cron time) after the service starts, not at once:
/// a restart loop must not turn into a deletion loop, and <c>oods expire</c> runs a pass by hand.
/// </remarks>
public sealed class ExpirySchedule
{
    private readonly TimeSpan _interval;
    private readonly CronExpression? _cron;

    private ExpirySchedule(TimeSpan interval, CronExpression? cron, string text)
    {
        _interval = interval;
        _cron = cron;
        Text = text;
    }

    /// <summary>The schedule as the configuration gave it (an interval or a cron expression).</summary>
    public string Text { get; }

    /// <summary>A pass every <paramref name="interval"/>.</summary>
    /// <param name="interval">Time between passes; longer than zero.</param>
    /// <returns>The schedule.</returns>
    public static ExpirySchedule Every(TimeSpan interval) =>
        interval > TimeSpan.Zero
            ? new ExpirySchedule(interval, null, "every " + interval.ToString("c", CultureInfo.InvariantCulture))
            : throw new ArgumentOutOfRangeException(nameof(interval), interval, "the interval must be longer than zero");

    /// <summary>The schedule of a configuration block: the cron expression when one is given, else the interval.</summary>
    /// <param name="interval">The <c>cleaning_interval</c>.</param>
    /// <param name="cron">The <c>cleaning_schedule</c>; empty for none.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="FormatException">The cron expression is not valid.</exception>
    public static ExpirySchedule From(TimeSpan interval, string cron)
    {
        ArgumentNullException.ThrowIfNull(cron);
        if (string.IsNullOrWhiteSpace(cron))
        {
            return Every(interval);
        }

        var problem = CronProblem(cron);
        return problem is null
            ? new ExpirySchedule(TimeSpan.Zero, CronExpression.Parse(cron.Trim()), "cron '" + cron.Trim() + "' (UTC)")
            : throw new FormatException(problem);
    }

    /// <summary>Why a cron expression is not usable, or null when it is.</summary>
    /// <param name="cron">Five fields: minute, hour, day of month, month, day of week.</param>
    /// <returns>The problem, or null.</returns>
    public static string? CronProblem(string cron)
    {
        ArgumentNullException.ThrowIfNull(cron);
        try
        {
            var expression = CronExpression.Parse(cron.Trim());
            return expression.GetNextOccurrence(DateTime.UtcNow, inclusive: false) is null
                ? $"'{cron}' never fires"
                : null;
        }
        catch (CronFormatException e)
        {
            return $"'{cron}' is not a cron expression of five fields (minute hour day-of-month month day-of-week): {e.Message}";
        }
    }

    /// <summary>The first pass time strictly after <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <returns>When the next pass is due.</returns>
    public DateTimeOffset Next(DateTimeOffset now)
    {
        if (_cron is null)
        {
            return now + _interval;
        }

        var next = _cron.GetNextOccurrence(now.UtcDateTime, inclusive: false);
        return next is { } utc ? new DateTimeOffset(utc, TimeSpan.Zero) : DateTimeOffset.MaxValue;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
