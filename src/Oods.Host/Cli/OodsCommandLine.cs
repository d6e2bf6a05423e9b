using System.CommandLine;

namespace Oods.Host.Cli;

/// <summary>The <c>oods</c> command line: one sub-command per verb.</summary>
internal static class OodsCommandLine
{
    /// <summary>Builds the root command.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand Build()
    {
        var root = new RootCommand("OODS, the Observatory Operations Data Service: ingests raw camera images into Butler repositories as they land.");
        root.Subcommands.Add(RunVerb.Create());
        root.Subcommands.Add(CheckConfigVerb.Create());
        root.Subcommands.Add(InspectVerb.Create());
        root.Subcommands.Add(IngestVerb.Create());
        root.Subcommands.Add(RepoVerb.Create());
        root.Subcommands.Add(StatusVerb.Create());
        root.Subcommands.Add(ExplainVerb.Create());
        root.Subcommands.Add(ExpireVerb.Create());
        root.Subcommands.Add(CscVerb.Create());
        return root;
    }

    /// <summary>The <c>--config</c> option shared by the verbs that read a configuration.</summary>
    /// <returns>A new option instance.</returns>
    public static Option<string?> ConfigOption() => new("--config", "-c")
    {
        Description = $"The YAML configuration file (default: ${Core.Configuration.OodsConfigurationLoader.ConfigFileVariable}, else the embedded defaults)",
        HelpName = "FILE",
    };
}
