using System.CommandLine;
using System.Globalization;
using Oods.Core.Configuration;
using Oods.Core.Pipeline;
using Oods.Host.Hosting;
using Oods.Status;

namespace Oods.Host.Cli;

/// <summary><c>oods explain FILE|OBSID</c>: what happened to a file, from the outcome journal.</summary>
internal static class ExplainVerb
{
    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var what = new Argument<string>("FILE|OBSID") { Description = "A landing or current path, a file name, or an observation id" };
        var config = OodsCommandLine.ConfigOption();
        var around = new Option<string?>("--around")
        {
            Description = "For a name OODS never saw: the time (ISO 8601, UTC) to list what it saw near (default: the file's modification time, else the latest)",
            HelpName = "TIME",
        };
        var command = new Command("explain", "Tell when a file was seen, claimed, ingested (which repositories, which dataset ids) or why it failed and where it is now; exit 0 when ingested") { what, config, around };
        command.SetAction(result =>
        {
            OodsOptions options;
            try
            {
                (options, _) = ConfigurationSource.Load(result.GetValue(config));
            }
            catch (ConfigurationException e)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.ConfigurationError;
            }

            DateTimeOffset? time = null;
            if (result.GetValue(around) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    Console.Error.WriteLine($"--around: '{text}' is not a time (e.g. 2026-11-28T21:40:00Z)");
                    return ExitCodes.ConfigurationError;
                }

                time = parsed;
            }

            var baseDirectory = Directory.GetCurrentDirectory();
            var journal = Path.Combine(StreamSettings.StateDirectory(options, baseDirectory), "journal");
            var explanation = JournalExplainer.Explain(result.GetValue(what)!, journal, StreamSettings.FromOptions(options, baseDirectory), time);
            Console.Write(ExplanationText.Write(explanation));
            return explanation.AllIngested ? ExitCodes.Success : ExitCodes.FilesFailed;
        });
        return command;
    }
}
