using System.Globalization;
using System.Text.RegularExpressions;

namespace Oods.Host.Tests.Status;

/// <summary>A strict reader of the Prometheus text exposition format (0.0.4): every line must be a comment, a TYPE/HELP line or a sample.</summary>
internal static partial class PrometheusText
{
    /// <summary>One sample.</summary>
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    /// <summary>Parses the text; throws on any line that is not valid exposition format.</summary>
    public static List<Sample> Parse(string text)
    {
        var samples = new List<Sample>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var type = TypeLine().Match(line);
                if (type.Success)
                {
                    Assert.True(types.TryAdd(type.Groups[1].Value, type.Groups[2].Value), $"second TYPE line for {type.Groups[1].Value}");
                }
                else
                {
                    Assert.Matches(HelpOrComment(), line);
                }

                continue;
            }

            var sample = SampleLine().Match(line);
            Assert.True(sample.Success, $"not a Prometheus sample line: {line}");
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match label in Label().Matches(sample.Groups[2].Value))
            {
                Assert.True(labels.TryAdd(label.Groups[1].Value, label.Groups[2].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal)), $"repeated label in {line}");
            }

            var name = sample.Groups[1].Value;
            var family = types.Keys.FirstOrDefault(f => name == f || name.StartsWith(f + "_", StringComparison.Ordinal));
            Assert.True(family is not null, $"sample {name} has no TYPE line before it");
            samples.Add(new Sample(name, labels, ParseValue(sample.Groups[3].Value)));
        }

        return samples;
    }

    /// <summary>The value of the single sample with this name and these labels (others ignored).</summary>
    public static double Value(this List<Sample> samples, string name, params (string Key, string Value)[] labels)
    {
        var matching = samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).ToList();
        Assert.True(matching.Count == 1, $"{matching.Count} samples {name}{{{string.Join(",", labels.Select(l => $"{l.Key}={l.Value}"))}}}");
        return matching[0].Value;
    }

    /// <summary>The value, or null when there is no such sample.</summary>
    public static double? ValueOrNull(this List<Sample> samples, string name, params (string Key, string Value)[] labels) =>
        samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Select(s => (double?)s.Value).SingleOrDefault();

    private static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$")]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|(?!TYPE |HELP ).*)$")]
    private static partial Regex HelpOrComment();

    [GeneratedRegex(@"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*=""(?:[^""\\]|\\.)*"",?)*)\})? ([^ ]+)(?: -?[0-9]+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Label();
}
