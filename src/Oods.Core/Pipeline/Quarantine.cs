using System.Text.Json;
using Oods.Core.Outcomes;

namespace Oods.Core.Pipeline;

/// <summary>Moves a failed file into the bad-file directory under its sub-path, with a reason file beside it.</summary>
internal static class Quarantine
{
    // Relaxed escaping keeps "+" and non-ASCII readable for the operator who opens the file; it is never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Moves the file and writes <c>&lt;name&gt;.reason.json</c>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="stagedPath">The file in staging.</param>
    /// <param name="status">Why it failed, as a status code.</param>
    /// <param name="description">Why it failed, in words.</param>
    /// <param name="error">The exception, if one caused the failure.</param>
    /// <param name="time">When.</param>
    /// <returns>Where the file is now.</returns>
    /// <exception cref="IOException">The file cannot be moved.</exception>
    public static string Move(StreamSettings stream, string stagedPath, OutcomeStatus status, string description, Exception? error, DateTimeOffset time)
    {
        var target = Path.Combine(stream.BadFileDirectory, Path.GetRelativePath(stream.StagingDirectory, stagedPath));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(stagedPath, target, overwrite: true);
        var reason = new Dictionary<string, object?>
        {
            ["status_code"] = (int)status,
            ["description"] = description,
            ["exception_chain"] = Chain(error),
            ["time"] = time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["stream"] = stream.Name,
            ["file"] = target,
        };
        File.WriteAllText(target + ".reason.json", JsonSerializer.Serialize(reason, Indented));
        return target;
    }

    private static List<string> Chain(Exception? error)
    {
        var chain = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            chain.Add($"{e.GetType().FullName}: {e.Message}");
        }

        return chain;
    }
}
