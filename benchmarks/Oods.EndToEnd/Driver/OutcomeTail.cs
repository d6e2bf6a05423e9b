using System.Text.Json;

namespace Oods.EndToEnd.Driver;

/// <summary>
/// Follows outcome journals (<c>*.jsonl</c> below a directory, one JSON object per line with <c>time</c> and
/// <c>source</c>) and collects the outcome time of each landed file by its name.
/// </summary>
internal sealed class OutcomeTail
{
    private readonly string _directory;
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _outcomes = new(StringComparer.Ordinal);

    /// <summary>Follows the journals below <paramref name="directory"/>.</summary>
    /// <param name="directory">The journal directory (need not exist yet).</param>
    public OutcomeTail(string directory) => _directory = directory;

    /// <summary>Outcome times by file name (the first outcome of each file).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Outcomes => _outcomes;

    /// <summary>Failed outcomes seen (status other than 0).</summary>
    public int Failures { get; private set; }

    /// <summary>The description of the last failure.</summary>
    public string LastFailure { get; private set; } = "";

    /// <summary>Reads what was appended since the last call.</summary>
    public void Poll()
    {
        if (!Directory.Exists(_directory))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(_directory, "*.jsonl", SearchOption.AllDirectories))
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var offset = _offsets.GetValueOrDefault(path);
            file.Position = offset;
            using var reader = new StreamReader(file);
            var text = reader.ReadToEnd();
            var complete = text.LastIndexOf('\n') + 1;
            foreach (var line in text[..complete].Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(line);
            }

            _offsets[path] = offset + System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, complete));
        }
    }

    /// <summary>Polls until outcomes for all <paramref name="names"/> are in, or the deadline passes.</summary>
    /// <param name="names">The file names awaited.</param>
    /// <param name="timeout">How long at most.</param>
    /// <param name="process">The process writing the journal: waiting stops when it exits.</param>
    /// <returns>Whether all arrived.</returns>
    public async Task<bool> WaitForAsync(IEnumerable<string> names, TimeSpan timeout, ChildProcess process)
    {
        var awaited = names.ToList();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Poll();
            if (awaited.All(_outcomes.ContainsKey))
            {
                return true;
            }

            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                return false;
            }

            await Task.Delay(20);
        }
    }

    private void Add(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.TryGetProperty("event", out var kind) && kind.GetString() != "outcome")
        {
            return;
        }

        var name = Path.GetFileName(root.GetProperty("source").GetString()!);
        if (root.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number && status.GetInt32() != 0)
        {
            Failures++;
            LastFailure = root.TryGetProperty("description", out var description) ? description.GetString() ?? "" : "";
        }

        _outcomes.TryAdd(name, root.GetProperty("time").GetDateTimeOffset());
    }
}
