namespace Oods.Csc.SalInterface;

/// <content>The generic events (categories <c>mandatory</c> and <c>csc</c>).</content>
internal static partial class GenericTopics
{
    /// <summary>The generic events an OODS component writes.</summary>
    public static IReadOnlyList<SalTopic> Events { get; } =
    [
        SalTopic.Event(
            "errorCode",
            "Output when this CSC goes into the Fault state as an explanation of the problem.",
            new SalField("errorCode", SalFieldType.Int, "A numeric error code."),
            new SalField("errorReport", SalFieldType.String, "An string providing detailed information about the error."),
            new SalField("traceback", SalFieldType.String, "An optional stack trace of the error condition.")),
        SalTopic.Event(
            "heartbeat",
            "Event output at regular intervals (typcally once per second) to show that the SAL component is alive.",
            new SalField("heartbeat", SalFieldType.Boolean, "Deprecated field that you should ignore.")),
        SalTopic.Event(
            "logLevel",
            "Current logging level.",
            new SalField("level", SalFieldType.Int, "Current logging level, a Python logging level: error=40, warning=30, info=20, debug=10."),
            new SalField("subsystem", SalFieldType.String, SubsystemDescription)),
        SalTopic.Event(
            "logMessage",
            "A log message.",
            new SalField("name", SalFieldType.String, "Log name."),
            new SalField("level", SalFieldType.Int, "Message level, a Python logging level: error=40, warning=30, info=20, debug=10."),
            new SalField("message", SalFieldType.String, "Log message."),
            new SalField("traceback", SalFieldType.String, "Exception traceback; \"\" if not an exception."),
            new SalField("filePath", SalFieldType.String, "Path to source file."),
            new SalField("functionName", SalFieldType.String, "Function or method name."),
            new SalField("lineNumber", SalFieldType.Int, "Line number in the file specified by filePath."),
            new SalField("process", SalFieldType.Int, "Process ID."),
            new SalField("timestamp", SalFieldType.Double, "The time at which the condition being reported was observed (TAI unix seconds). 0 if unspecified.", "second")),
        SalTopic.Event(
            "simulationMode",
            "Current simulation mode.",
            new SalField("mode", SalFieldType.Int, "Current simulation mode; 0 for normal operation (no simulation); other supported values are specific to each CSC.")),
        SalTopic.Event(
            "softwareVersions",
            "Current versions of software in use by CSC.",
            new SalField("salVersion", SalFieldType.String, "This is the current version of SAL generation."),
            new SalField("xmlVersion", SalFieldType.String, "This is the current version of CSC XML."),
            new SalField("cscVersion", SalFieldType.String, "The software version of this CSC."),
            new SalField("subsystemVersions", SalFieldType.String, "A comma delimited list of key=value pairs relating subsystem name (key) to its version number (value). This may be left blank if there are no subsystems within this CSC.")),
        SalTopic.Event(
            "summaryState",
            "Current summary state of this CSC.",
            new SalField("summaryState", SalFieldType.Int, "High level state machine state identifier.")),
    ];
}
