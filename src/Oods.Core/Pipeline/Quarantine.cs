using System.Text.Json;
using Oods.Core.Outcomes;

namespace Oods.Core.Pipeline;

/// <summary>Moves a failed file into the bad-file directory under its sub-path, with a reason file beside it.</summary>
internal static class Quarantine
{
    // Relaxed escaping keeps "+" and non-ASCII readable for the operator who opens the file; it is never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <c>&lt;name&gt;.reason.json</c> in the bad-file directory, then moves the file beside it.</summary>
    /// <remarks>
    /// The reason comes first: a crash between the two leaves the file in staging, where recovery fails it again
    /// and writes the same reason; a quarantined file never lacks its reason.
    /// </remarks>
    /// <param name="stream">The stream.</param>
    /// <param name="stagedPath">The file in staging.</param>
    /// <param name="status">Why it failed, as a status code.</param>
    /// <param name="description">Why it failed, in words.</param>
    /// <param name="error">The exception, if one caused the failure.</param>
    /// <param name="time">When.</param>
    /// <param name="keepOriginal">True when a repository still refers to the staged file: quarantine a copy (hard link where possible).</param>
    /// <returns>Where the quarantined file is.</returns>
    /// <exception cref="IOException">The file cannot be moved.</exception>
    public static string Move(StreamSettings stream, string stagedPath, OutcomeStatus status, string description, Exception? error, DateTimeOffset time, bool keepOriginal = false)
    {
        var target = Path.Combine(stream.BadFileDirectory, Path.GetRelativePath(stream.StagingDirectory, stagedPath));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var reason = new Dictionary<string, object?>
        {
            ["status_code"] = (int)status,
            ["description"] = description,
            ["exception_chain"] = Chain(error),
            ["time"] = time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["stream"] = stream.Name,
            ["file"] = target,
        };
        if (keepOriginal)
        {
            reason["still_in_staging"] = stagedPath;
        }

        File.WriteAllText(target + ".reason.json", JsonSerializer.Serialize(reason, Indented));
        if (keepOriginal)
        {
            FileLinks.LinkOrCopy(stagedPath, target);
        }
        else
        {
            File.Move(stagedPath, target, overwrite: true);
        }

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
