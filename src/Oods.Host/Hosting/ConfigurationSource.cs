using Oods.Core.Configuration;

namespace Oods.Host.Hosting;

/// <summary>Finds the configuration: <c>--config FILE</c>, else <c>CTRL_OODS_CONFIG_FILE</c>, else the embedded defaults.</summary>
internal static class ConfigurationSource
{
    /// <summary>The name of the embedded default configuration (a copy of config/oods.yaml).</summary>
    public const string EmbeddedName = "(embedded defaults: config/oods.yaml)";

    /// <summary>Loads and validates the configuration.</summary>
    /// <param name="configFile">The <c>--config</c> value, if given.</param>
    /// <returns>The options and where they came from.</returns>
    /// <exception cref="ConfigurationException">The configuration has problems; all are listed.</exception>
    public static (OodsOptions Options, string Source) Load(string? configFile)
    {
        var path = configFile ?? Environment.GetEnvironmentVariable(OodsConfigurationLoader.ConfigFileVariable);
        if (!string.IsNullOrWhiteSpace(path))
        {
            return (OodsConfigurationLoader.LoadFile(path), path);
        }

        return (OodsConfigurationLoader.Load(ReadEmbedded(), EmbeddedName), EmbeddedName);
    }

    /// <summary>The embedded default configuration text.</summary>
    /// <returns>YAML text.</returns>
    public static string ReadEmbedded()
    {
        using var stream = typeof(ConfigurationSource).Assembly.GetManifestResourceStream("Oods.Host.oods.yaml")
            ?? throw new InvalidOperationException("the embedded default configuration is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
