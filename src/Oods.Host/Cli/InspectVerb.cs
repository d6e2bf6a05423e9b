using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oods.Core.Metadata;

namespace Oods.Host.Cli;

/// <summary><c>oods inspect FILE... [--json]</c>: what the header says and what OODS translates it to.</summary>
internal static class InspectVerb
{
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Raw FITS files (plain, gzip or fpack)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per file (keys are the Gen3 column names)" };
        var command = new Command("inspect", "Show what OODS thinks a raw file is: instrument, exposure, detector, filter, day_obs, group") { files, json };
        command.SetAction(result =>
        {
            var failed = 0;
            foreach (var file in result.GetValue(files) ?? [])
            {
                var report = Inspect(file);
                failed += report["error"] is null ? 0 : 1;
                Console.WriteLine(result.GetValue(json) ? report.ToJsonString() : Describe(report));
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.ConfigurationError;
        });
        return command;
    }

    /// <summary>Reads and translates one file into the public JSON shape.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The JSON object: the records, or <c>file</c>, <c>error</c> and <c>status_code</c> 2.</returns>
    public static JsonObject Inspect(string file)
    {
        try
        {
            var metadata = RawHeaderReader.Read(file);
            return new JsonObject
            {
                ["file"] = file,
                ["instrument"] = metadata.Instrument.Name,
                ["exposure"] = JsonSerializer.SerializeToNode(metadata.Exposure, Snake),
                ["detector"] = JsonSerializer.SerializeToNode(metadata.Detector, Snake),
                ["physical_filter"] = metadata.Exposure.PhysicalFilter,
                ["band"] = metadata.Band,
                ["day_obs"] = metadata.Exposure.DayObs,
                ["group"] = metadata.Exposure.Group,
            };
        }
        catch (Exception e) when (e is MetadataException or IOException or UnauthorizedAccessException)
        {
            return new JsonObject { ["file"] = file, ["error"] = e.Message, ["status_code"] = 2 };
        }
    }

    private static string Describe(JsonObject report)
    {
        if (report["error"] is { } error)
        {
            return $"{report["file"]}: FAILED (status 2): {error}";
        }

        var lines = new List<string> { $"{report["file"]}:" };
        lines.Add($"  instrument       {report["instrument"]}");
        lines.Add($"  physical_filter  {report["physical_filter"]} (band {report["band"]})");
        lines.Add($"  day_obs          {report["day_obs"]}");
        lines.Add($"  group            {report["group"]}");
        foreach (var (section, node) in new[] { ("exposure", report["exposure"]), ("detector", report["detector"]) })
        {
            lines.Add($"  {section}:");
            foreach (var (key, value) in node!.AsObject())
            {
                lines.Add($"    {key,-20} {value?.ToJsonString() ?? "null"}");
            }
        }

        return string.Join(Environment.NewLine, lines);
    }
}
