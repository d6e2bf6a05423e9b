namespace Oods.Csc.SalInterface;

/// <summary>The OODS SAL interfaces (ts_xml ATOODS, CCOODS, MTOODS, WFOODS): generics plus <c>logevent_imageInOODS</c>.</summary>
internal static class OodsInterface
{
    /// <summary>The record description used for a component ts_xml does not (yet) know.</summary>
    public const string DefaultImageInOodsDescription = "status of image ingestion into the OODS butler";

    private static readonly Dictionary<string, string> ImageInOodsDescriptions = new(StringComparer.Ordinal)
    {
        ["ATOODS"] = "status of LATISS image ingestion into OODS butler",
        ["CCOODS"] = "status of ComCam image ingestion into OODS butler",
        ["MTOODS"] = "status of Main Telescope image ingestion into the OODS butler",
        ["WFOODS"] = "status of Main Telescope image ingestion into the OODS butler",
    };

    /// <summary>The component names ts_xml v28 defines.</summary>
    public static IReadOnlyList<string> KnownComponents { get; } = ["ATOODS", "CCOODS", "MTOODS", "WFOODS"];

    /// <summary>Describes the interface of one OODS component.</summary>
    /// <param name="componentName">The SAL component name, e.g. <c>ATOODS</c>.</param>
    /// <returns>The component with every topic, sorted by SAL name.</returns>
    public static SalComponent ForComponent(string componentName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(componentName);
        var description = ImageInOodsDescriptions.GetValueOrDefault(componentName, DefaultImageInOodsDescription);
        SalTopic[] topics = [GenericTopics.AckCmd, .. GenericTopics.Commands, .. GenericTopics.Events, ImageInOods(description)];
        return new SalComponent(componentName, [.. topics.OrderBy(t => t.SalName, StringComparer.Ordinal)]);
    }

    private static SalTopic ImageInOods(string description) => SalTopic.Event(
        "imageInOODS",
        description,
        new SalField("camera", SalFieldType.String, "camera name from which the image was retrieved"),
        new SalField("obsid", SalFieldType.String, "obsid of image ingested into OODS"),
        new SalField("raft", SalFieldType.String, "raft designation"),
        new SalField("sensor", SalFieldType.String, "sensor designation"),
        new SalField("statusCode", SalFieldType.Int, "status code indicating success (0) or error (>0)"),
        new SalField("description", SalFieldType.String, "description of the status code"));
}
