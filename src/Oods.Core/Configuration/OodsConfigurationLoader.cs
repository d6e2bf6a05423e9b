using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Oods.Core.Configuration;

/// <summary>Reads an OODS YAML file (anchors and <c>&lt;&lt;:</c> merge keys included), binds and validates it.</summary>
public static class OodsConfigurationLoader
{
    /// <summary>The environment variable naming the configuration file, as ctrl_oods reads it.</summary>
    public const string ConfigFileVariable = "CTRL_OODS_CONFIG_FILE";

    /// <summary>Loads a configuration file.</summary>
    /// <param name="path">The YAML file.</param>
    /// <returns>The validated options.</returns>
    /// <exception cref="ConfigurationException">The file is unreadable or has problems; all are listed.</exception>
    public static OodsOptions LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, [$"cannot read the file: {e.Message}"]);
        }

        return Load(text, path);
    }

    /// <summary>Loads configuration from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="source">Where the text came from, for messages.</param>
    /// <returns>The validated options.</returns>
    /// <exception cref="ConfigurationException">The text has problems; all are listed.</exception>
    public static OodsOptions Load(string yaml, string source)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var problems = new List<string>();
        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            throw new ConfigurationException(source, [$"line {e.Start.Line}, column {e.Start.Column}: not valid YAML: {e.InnerException?.Message ?? e.Message}"]);
        }

        var options = YamlBinder.Bind<OodsOptions>(root, "", problems);
        problems.AddRange(OodsOptionsValidator.Check(options));
        if (problems.Count > 0)
        {
            throw new ConfigurationException(source, problems);
        }

        return options;
    }
}
