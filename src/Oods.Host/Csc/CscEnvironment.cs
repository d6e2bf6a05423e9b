using System.Globalization;
using System.Text.RegularExpressions;
using Oods.Csc.Service;

namespace Oods.Host.Csc;

/// <summary>Reads the CSC's Kafka settings from salobj's environment variables (ts_salobj <c>sal_info.py</c>).</summary>
internal static partial class CscEnvironment
{
    /// <summary>The topic sub-name, required in CSC mode (<c>sal</c> in production).</summary>
    public const string TopicSubname = "LSST_TOPIC_SUBNAME";

    /// <summary>Builds the CSC options for a component from the environment.</summary>
    /// <param name="component">The SAL component name.</param>
    /// <param name="environment">Reads one variable (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    /// <returns>The options, and every problem found (empty when usable).</returns>
    public static (CscOptions Options, List<string> Problems) Read(string component, Func<string, string?> environment)
    {
        var problems = new List<string>();
        var options = new CscOptions { ComponentName = component, CscVersion = ThisAssembly.Version };
        if (!ComponentName().IsMatch(component))
        {
            problems.Add($"csc.component / --component: '{component}' is not a SAL component name (letters, digits and '_', e.g. ATOODS)");
        }

        var subname = environment(TopicSubname);
        if (string.IsNullOrWhiteSpace(subname))
        {
            problems.Add($"{TopicSubname}: required in CSC mode (the second part of every topic name; 'sal' in production)");
        }
        else if (subname.Contains('.', StringComparison.Ordinal) || subname.Contains('-', StringComparison.Ordinal))
        {
            problems.Add($"{TopicSubname}: '{subname}' must not contain '.' or '-' (they separate topic names and subjects)");
        }

        options.TopicSubname = subname ?? string.Empty;
        if (environment("LSST_KAFKA_BROKER_ADDR") is { Length: > 0 } broker)
        {
            options.BrokerAddress = broker;
        }

        if (environment("LSST_SCHEMA_REGISTRY_URL") is { Length: > 0 } url)
        {
            if (Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                options.SchemaRegistryUrl = uri;
            }
            else
            {
                problems.Add($"LSST_SCHEMA_REGISTRY_URL: '{url}' is not an http(s) URL");
            }
        }

        if (environment("LSST_KAFKA_REPLICATION_FACTOR") is { Length: > 0 } replication)
        {
            if (short.TryParse(replication, NumberStyles.Integer, CultureInfo.InvariantCulture, out var factor) && factor >= 1)
            {
                options.ReplicationFactor = factor;
            }
            else
            {
                problems.Add($"LSST_KAFKA_REPLICATION_FACTOR: '{replication}' is not a whole number of at least 1");
            }
        }

        if (environment("LSST_KAFKA_PRODUCER_WAIT_ACKS") is { Length: > 0 } acks)
        {
            if (acks is "0" or "1" or "all" or "-1")
            {
                options.ProducerAcks = acks;
            }
            else
            {
                problems.Add($"LSST_KAFKA_PRODUCER_WAIT_ACKS: '{acks}' is not one of 0, 1, all");
            }
        }

        options.SecurityUsername = environment("LSST_KAFKA_SECURITY_USERNAME");
        options.SecurityPassword = environment("LSST_KAFKA_SECURITY_PASSWORD");
        if (environment("LSST_KAFKA_SECURITY_PROTOCOL") is { Length: > 0 } protocol)
        {
            options.SecurityProtocol = protocol;
        }

        if (environment("LSST_KAFKA_SECURITY_MECHANISM") is { Length: > 0 } mechanism)
        {
            options.SecurityMechanism = mechanism;
        }

        return (options, problems);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex ComponentName();
}
