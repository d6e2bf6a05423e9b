namespace Oods.Sources.Sftp;

/// <summary>Reads OpenSSH known_hosts files (plain host patterns; hashed entries are not supported and are skipped).</summary>
internal static class KnownHosts
{
    /// <summary>Whether the file lists this key blob for this host (<c>host</c> on port 22, <c>[host]:port</c> otherwise).</summary>
    public static bool Contains(string path, string host, int port, byte[] key)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        var name = port == 22 ? host : $"[{host}]:{port}";
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == '@' || line[0] == '|')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3 || !parts[0].Split(',').Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                if (Convert.FromBase64String(parts[2]).AsSpan().SequenceEqual(key))
                {
                    return true;
                }
            }
            catch (FormatException)
            {
                // Not a key: skip the line as ssh does.
            }
        }

        return false;
    }
}
