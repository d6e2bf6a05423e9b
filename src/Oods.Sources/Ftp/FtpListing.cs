using System.Globalization;

namespace Oods.Sources.Ftp;

/// <summary>Parses MLSD (RFC 3659 §7) and Unix-style LIST listings.</summary>
internal static class FtpListing
{
    /// <summary>Parses MLSD lines: <c>fact=value;fact=value; name</c>.</summary>
    public static IReadOnlyList<RemoteEntry> ParseMlsd(string text)
    {
        var entries = new List<RemoteEntry>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }

            var name = line[(space + 1)..];
            string? type = null;
            long size = -1;
            DateTimeOffset? modified = null;
            foreach (var fact in line[..space].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = fact.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0)
                {
                    continue;
                }

                var value = fact[(eq + 1)..];
                switch (fact[..eq].ToUpperInvariant())
                {
                    case "TYPE": type = value.ToUpperInvariant(); break;
                    case "SIZE": size = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1; break;
                    case "MODIFY":
                        modified = DateTimeOffset.TryParseExact(value.Split('.')[0], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var m) ? m : null;
                        break;
                    default: break;
                }
            }

            if (type is "FILE" or "DIR")
            {
                entries.Add(new RemoteEntry(name, type == "DIR", size, modified));
            }
        }

        return entries;
    }

    /// <summary>Parses Unix <c>ls -l</c> lines (the de-facto LIST format); the time is kept only as text precision allows, so size is the settle signal.</summary>
    public static IReadOnlyList<RemoteEntry> ParseList(string text)
    {
        var entries = new List<RemoteEntry>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', 9, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 9 || parts[0].Length < 10 || parts[0][0] is not ('-' or 'd'))
            {
                continue;
            }

            var name = parts[8];
            if (name is "." or "..")
            {
                continue;
            }

            var size = long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1;
            entries.Add(new RemoteEntry(name, parts[0][0] == 'd', size, null));
        }

        return entries;
    }
}
