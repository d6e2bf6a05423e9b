using System.Globalization;
using System.Text;

namespace Oods.Csc.SalInterface;

/// <summary>Writes a small JSON tree exactly as Python's <c>json.dumps</c> does (default <c>ensure_ascii</c>), compact or indented.</summary>
/// <remarks>
/// The registered schema text is <c>json.dumps(schema)</c> and the revision code hashes <c>json.dumps(schema, indent=4)</c>,
/// so byte equality needs Python's separators (<c>", "</c> and <c>": "</c>; <c>","</c> when indented), its escapes
/// (lower-case <c>\uXXXX</c> for everything outside printable ASCII) and its float text (<c>0.0</c>).
/// Nodes are <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="IReadOnlyList{T}"/> of object (array) and <see cref="IReadOnlyList{T}"/> of key/value pairs (object).
/// </remarks>
internal static class PythonJson
{
    /// <summary>Serializes a node.</summary>
    /// <param name="node">The tree.</param>
    /// <param name="indent">Null for one line; otherwise spaces per level.</param>
    /// <returns>The JSON text.</returns>
    public static string Dumps(object node, int? indent = null)
    {
        var sb = new StringBuilder();
        Write(sb, node, indent, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object node, int? indent, int level)
    {
        switch (node)
        {
            case string s:
                WriteString(sb, s);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case int i:
                sb.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(FormatDouble(d));
                break;
            case IReadOnlyList<KeyValuePair<string, object>> obj:
                WriteContainer(sb, '{', '}', obj.Count, indent, level, (k, lvl) =>
                {
                    WriteString(sb, obj[k].Key);
                    sb.Append(": ");
                    Write(sb, obj[k].Value, indent, lvl);
                });
                break;
            case IReadOnlyList<object> list:
                WriteContainer(sb, '[', ']', list.Count, indent, level, (k, lvl) => Write(sb, list[k], indent, lvl));
                break;
            default:
                throw new ArgumentException($"unsupported JSON node {node.GetType()}", nameof(node));
        }
    }

    private static void WriteContainer(StringBuilder sb, char open, char close, int count, int? indent, int level, Action<int, int> item)
    {
        sb.Append(open);
        if (count == 0)
        {
            sb.Append(close);
            return;
        }

        for (var k = 0; k < count; k++)
        {
            if (indent is { } n)
            {
                sb.Append(k == 0 ? "\n" : ",\n").Append(' ', n * (level + 1));
            }
            else if (k > 0)
            {
                sb.Append(", ");
            }

            item(k, level + 1);
        }

        if (indent is { } m)
        {
            sb.Append('\n').Append(' ', m * level);
        }

        sb.Append(close);
    }

    private static string FormatDouble(double d)
    {
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
