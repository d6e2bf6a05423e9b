using System.Globalization;
using System.Reflection;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Oods.Core.Configuration;

/// <summary>
/// Binds a YAML node tree to an options object, snake_case keys to PascalCase properties,
/// collecting every problem with its key path instead of stopping at the first.
/// </summary>
/// <remarks>
/// A hand-written binder rather than YamlDotNet's deserializer: the deserializer throws on the first
/// unknown key or bad value, and an operator must see every mistake of a file at once.
/// </remarks>
internal static class YamlBinder
{
    /// <summary>Binds <paramref name="node"/> into a new <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The options type.</typeparam>
    /// <param name="node">The mapping node.</param>
    /// <param name="path">The key path of the node, for messages.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <returns>The bound object (defaults where the file was wrong).</returns>
    public static T Bind<T>(YamlNode node, string path, List<string> problems)
        where T : new() => (T)BindObject(typeof(T), node, path, problems);

    /// <summary>The snake_case key for a PascalCase property name.</summary>
    /// <param name="propertyName">The property name.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(string propertyName)
    {
        var sb = new StringBuilder(propertyName.Length + 4);
        for (var i = 0; i < propertyName.Length; i++)
        {
            var c = propertyName[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>The bindable properties of an options type, by key.</summary>
    /// <param name="type">The options type.</param>
    /// <returns>Properties keyed by their snake_case names.</returns>
    public static IReadOnlyDictionary<string, PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => KeyOf(p.Name), StringComparer.Ordinal);

    private static object BindObject(Type type, YamlNode node, string path, List<string> problems)
    {
        var target = Activator.CreateInstance(type)!;
        if (node is not YamlMappingNode mapping)
        {
            problems.Add($"{Where(path, node)}: expected a mapping of keys to values");
            return target;
        }

        var properties = PropertiesOf(type);
        foreach (var (keyNode, valueNode) in WithMergeKeys(mapping, path, problems))
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            var keyPath = path.Length == 0 ? key : $"{path}.{key}";
            if (!properties.TryGetValue(key, out var property))
            {
                problems.Add($"{Where(keyPath, keyNode)}: unknown key '{key}' (known: {string.Join(", ", properties.Keys.Order(StringComparer.Ordinal))})");
                continue;
            }

            var value = BindValue(property.PropertyType, valueNode, keyPath, problems, out var ok);
            if (ok)
            {
                property.SetValue(target, value);
            }
        }

        return target;
    }

    /// <summary>
    /// The mapping's entries with YAML merge keys (<c>&lt;&lt;: *anchor</c> or a list of them) applied: merged entries
    /// first, and an entry written in the mapping itself wins over a merged one of the same key.
    /// </summary>
    internal static List<KeyValuePair<YamlNode, YamlNode>> WithMergeKeys(YamlMappingNode mapping, string path, List<string> problems)
    {
        var explicitKeys = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
        var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
        var merged = new HashSet<string?>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: "<<" })
            {
                entries.Add(new(keyNode, valueNode));
                continue;
            }

            var sources = valueNode is YamlSequenceNode list ? list.Children.ToList() : [valueNode];
            foreach (var source in sources)
            {
                if (source is not YamlMappingNode sourceMapping)
                {
                    problems.Add($"{Where(path, keyNode)}: a merge key (<<) must refer to a mapping");
                    continue;
                }

                foreach (var (k, v) in WithMergeKeys(sourceMapping, path, problems))
                {
                    var name = (k as YamlScalarNode)?.Value;
                    if (!explicitKeys.Contains(name ?? "") && merged.Add(name))
                    {
                        entries.Add(new(k, v));
                    }
                }
            }
        }

        return entries;
    }

    private static object? BindValue(Type type, YamlNode node, string path, List<string> problems, out bool ok)
    {
        ok = true;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" } && node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) })
        {
            if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null)
            {
                return null;
            }

            problems.Add($"{Where(path, node)}: a value is required");
            ok = false;
            return null;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            return BindList(underlying, node, path, problems, out ok);
        }

        if (underlying.IsClass && underlying != typeof(string))
        {
            return BindObject(underlying, node, path, problems);
        }

        if (node is not YamlScalarNode scalar)
        {
            problems.Add($"{Where(path, node)}: expected a single value, found a {(node is YamlSequenceNode ? "list" : "mapping")}");
            ok = false;
            return null;
        }

        var text = scalar.Value ?? "";
        object? result = underlying switch
        {
            _ when underlying == typeof(string) => text,
            _ when underlying == typeof(int) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ when underlying == typeof(long) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            _ when underlying == typeof(double) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            _ when underlying == typeof(bool) => ParseBool(text),
            _ when underlying.IsEnum => Enum.TryParse(underlying, text, ignoreCase: true, out var e) ? e : null,
            _ => null,
        };
        if (result is null)
        {
            problems.Add($"{Where(path, node)}: '{text}' is not a valid {Describe(underlying)}");
            ok = false;
        }

        return result;
    }

    private static object? BindList(Type listType, YamlNode node, string path, List<string> problems, out bool ok)
    {
        ok = true;
        var itemType = listType.GetGenericArguments()[0];
        var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
        if (node is not YamlSequenceNode sequence)
        {
            problems.Add($"{Where(path, node)}: expected a list");
            ok = false;
            return list;
        }

        var index = 0;
        foreach (var child in sequence.Children)
        {
            var item = BindValue(itemType, child, $"{path}[{index++}]", problems, out var itemOk);
            if (itemOk && item is not null)
            {
                list.Add(item);
            }
        }

        return list;
    }

    private static object? ParseBool(string text) => text.ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "ON" => true,
        "FALSE" or "NO" or "OFF" => false,
        _ => null,
    };

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "whole number",
        _ when type == typeof(double) => "number",
        _ when type == typeof(bool) => "true/false value",
        _ when type.IsEnum => $"choice ({string.Join(", ", Enum.GetNames(type).Select(n => n.ToUpperInvariant()))})",
        _ => type.Name,
    };

    private static string Where(string path, YamlNode node) =>
        $"{(path.Length == 0 ? "(top level)" : path)} (line {node.Start.Line})";
}
