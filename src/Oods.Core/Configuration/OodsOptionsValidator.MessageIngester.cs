using System.Text.RegularExpressions;
using Oods.Core.Instruments;

namespace Oods.Core.Configuration;

/// <summary>The checks of the <c>message_ingester</c> block.</summary>
public sealed partial class OodsOptionsValidator
{
    private const int FitsBlock = Oods.Fits.FitsReader.BlockSize;

    private static readonly string[] SecurityProtocols = ["", "plaintext", "ssl", "sasl_plaintext", "sasl_ssl"];

    private static void CheckMessageIngester(List<string> problems, MessageIngesterOptions? ingester, Dictionary<string, string> names)
    {
        if (ingester is null)
        {
            return;
        }

        const string p = "message_ingester";
        try
        {
            _ = new Regex(ingester.DatasetRegexp, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            problems.Add($"{p}.dataset_regexp: not a valid regular expression: {e.Message}");
        }

        var kafka = ingester.Kafka;
        if (kafka.Brokers.Count == 0 || kafka.Brokers.Exists(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{p}.kafka.brokers: at least one host:port required, none empty");
        }

        if (kafka.Topics.Count == 0 || kafka.Topics.Exists(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{p}.kafka.topics: at least one topic required, none empty");
        }

        Required(problems, $"{p}.kafka.group_id", kafka.GroupId);
        if (kafka.MaxMessages < 1)
        {
            problems.Add($"{p}.kafka.max_messages: must be at least 1 (is {kafka.MaxMessages})");
        }

        if (kafka.MaxWaitTime < 0 || kafka.GroupWaitTime < 0 || kafka.TimeToWaitWithoutData <= 0)
        {
            problems.Add($"{p}.kafka: max_wait_time and group_wait_time must not be negative, time_to_wait_without_data must be positive (seconds)");
        }

        if (kafka.SessionTimeout is < 1 or > 3600)
        {
            problems.Add($"{p}.kafka.session_timeout: must be 1 to 3600 seconds (is {kafka.SessionTimeout})");
        }

        if (!SecurityProtocols.Contains(kafka.SecurityProtocol.ToLowerInvariant()))
        {
            problems.Add($"{p}.kafka.security_protocol: '{kafka.SecurityProtocol}' is not one of plaintext, ssl, sasl_plaintext, sasl_ssl");
        }

        var s3 = ingester.S3;
        if (s3.EndpointUrl.Length > 0 && !(Uri.TryCreate(s3.EndpointUrl, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
        {
            problems.Add($"{p}.s3.endpoint_url: '{s3.EndpointUrl}' is not an http(s) URL");
        }

        if (s3.HeaderBytes < FitsBlock || s3.HeaderBytes % FitsBlock != 0)
        {
            problems.Add($"{p}.s3.header_bytes: must be a positive multiple of {FitsBlock} (is {s3.HeaderBytes})");
        }

        if (s3.Attempts < 1)
        {
            problems.Add($"{p}.s3.attempts: must be at least 1 (is {s3.Attempts})");
        }

        Positive(problems, $"{p}.s3.timeout", s3.Timeout);
        if (ingester.Butler is not { } butler)
        {
            problems.Add($"{p}.butler: required (instrument and repo_directory of the repository the objects go into)");
            return;
        }

        CheckButler(problems, $"{p}.butler", butler);
        if (!string.Equals(butler.Transfer, "direct", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{p}.butler.transfer: must be direct (objects stay in the bucket; is '{butler.Transfer}')");
        }

        if (butler.S3profile.IndexOfAny(['@', '/', ':']) >= 0)
        {
            problems.Add($"{p}.butler.s3profile: '{butler.S3profile}' may not contain '@', '/' or ':'");
        }

        var name = ingester.Name.Length > 0 ? ingester.Name : InstrumentCatalog.TryGet(butler.Instrument, out var instrument) ? instrument.Name : "";
        if (name.IndexOfAny([.. Path.GetInvalidFileNameChars(), ' ']) >= 0)
        {
            problems.Add($"{p}.name: '{name}' may hold only letters, digits, '-', '_' and '.' (it names the journal directory)");
        }
        else if (name.Length > 0 && !names.TryAdd(name, p))
        {
            problems.Add($"{p}.name: '{name}' is already the name of {names[name]}; set message_ingester.name");
        }
    }
}
