namespace Oods.Csc.SalInterface;

/// <content>The generic commands (category <c>csc</c>).</content>
internal static partial class GenericTopics
{
    private const string ConfigurationOverrideDescription =
        "\n"
        + "            Configuration override in the form [{name}][:{version}].\n"
        + "            For salobj-based CSCs: name is a filename with \".yaml\" suffix and version is a git hash; for example:\n"
        + "\n"
        + "            * \"foo.yaml\" specifies just a file.\n"
        + "              Two or three config files are loaded: \"_init.yaml\", \"_{site}.yaml\" (if present), and \"foo.yaml\".\n"
        + "            * \":37bf936\" specifies just a git hash.\n"
        + "              One or two config files are loaded from the specified git commit: \"_init.yaml\" and \"_{site}.yaml\" (if present.\n"
        + "            * \"bar.yaml:HEAD~2\" specifies both a file and a git hash.\n"
        + "              Two or three config files are read from the specified git commit: \"_init.yaml\", \"_{site}.yaml\" (if present), and \"bar.yaml\".\n"
        + "        ";

    /// <summary>The generic commands an OODS component accepts.</summary>
    public static IReadOnlyList<SalTopic> Commands { get; } =
    [
        SalTopic.Command("disable", "Transition from state Enabled to Disabled."),
        SalTopic.Command("enable", "Transition from state Disabled to Enabled."),
        SalTopic.Command("exitControl", "Transition from state Standby to Offline. Most CSCs will quit, but CSCs that support the enterControl command will keep running."),
        SalTopic.Command(
            "setLogLevel",
            "Set the logging level.",
            new SalField("level", SalFieldType.Int, "Logging level, as a Python logging level: error=40, warning=30, info=20, debug=10."),
            new SalField("subsystem", SalFieldType.String, SubsystemDescription)),
        SalTopic.Command("standby", "Transition from state Offline/Available, Disabled or Fault to Standby."),
        SalTopic.Command(
            "start",
            "Transition from state Standby to Disable, in a specified configuration.",
            new SalField("configurationOverride", SalFieldType.String, ConfigurationOverrideDescription)),
    ];
}
