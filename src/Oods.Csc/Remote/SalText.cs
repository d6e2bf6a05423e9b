using System.Globalization;
using System.Text;
using Oods.Csc.States;
using Oods.Csc.Wire;

namespace Oods.Csc.Remote;

/// <summary>SAL samples as one readable line each, for operators who tail a CSC.</summary>
internal static class SalText
{
    /// <summary>An instant as ISO 8601 UTC with milliseconds.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>When the sample was written (its UTC <c>private_efdStamp</c>).</summary>
    public static DateTimeOffset Written(SalSample sample) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(sample.EfdStamp * TimeSpan.TicksPerSecond));

    /// <summary>An acknowledgement line, e.g. <c>… start seqNum=12 301 CMD_INPROGRESS timeout=5s "transitioning to state: start"</c>.</summary>
    public static string Ack(CommandAck ack)
    {
        var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{Time(ack.Time)} ackcmd {ack.Command} seqNum={ack.SeqNum} {(int)ack.Ack} {AckName(ack.Ack)}"));
        if (ack.Ack == SalRetCode.CmdInProgress)
        {
            line.Append(CultureInfo.InvariantCulture, $" timeout={ack.Timeout:0.###}s");
        }

        if (ack.Error != 0)
        {
            line.Append(CultureInfo.InvariantCulture, $" error={ack.Error}");
        }

        if (ack.Result.Length > 0)
        {
            line.Append(' ').Append(Quote(ack.Result));
        }

        return line.ToString();
    }

    /// <summary>salobj's name of an ack code, e.g. <c>CMD_INPROGRESS</c>.</summary>
    public static string AckName(SalRetCode code) =>
        Enum.IsDefined(code) ? "CMD_" + code.ToString()[3..].ToUpperInvariant() : ((int)code).ToString(CultureInfo.InvariantCulture);

    /// <summary>The key fields of an event sample, e.g. <c>ENABLED</c> for a summaryState.</summary>
    public static string Event(SalSample sample) => sample.Topic.SalName switch
    {
        "logevent_summaryState" => State((int)sample["summaryState"]),
        "logevent_heartbeat" => string.Empty,
        "logevent_logLevel" => $"level={Level((int)sample["level"])}{Optional(sample, "subsystem")}",
        "logevent_logMessage" => $"{Level((int)sample["level"])} {sample["name"]}: {Escape((string)sample["message"])}{Optional(sample, "traceback")}",
        "logevent_errorCode" => $"errorCode={sample["errorCode"]} errorReport={Quote((string)sample["errorReport"])}{Optional(sample, "traceback")}",
        _ => AllFields(sample),
    };

    private static string State(int state) =>
        Enum.IsDefined((SummaryState)state) ? ((SummaryState)state).ToString().ToUpperInvariant() : $"state {state}";

    private static string Level(int level) => level switch
    {
        50 => "CRITICAL",
        40 => "ERROR",
        30 => "WARNING",
        20 => "INFO",
        10 => "DEBUG",
        _ => level.ToString(CultureInfo.InvariantCulture),
    };

    private static string AllFields(SalSample sample)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sample.Topic.Fields.Count; i++)
        {
            var value = sample.Values[i];
            if (value is "")
            {
                continue;
            }

            text.Append(text.Length > 0 ? " " : string.Empty).Append(sample.Topic.Fields[i].Name).Append('=').Append(Value(value));
        }

        return text.ToString();
    }

    private static string Optional(SalSample sample, string field) =>
        sample[field] is string { Length: > 0 } value ? $" {field}={Quote(value)}" : string.Empty;

    private static string Value(object value) => value switch
    {
        string s => s.Any(c => char.IsWhiteSpace(c) || c is '"' or '=') ? Quote(s) : s,
        object[] items => "[" + string.Join(",", items.Select(Value)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string value) => "\"" + Escape(value).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
