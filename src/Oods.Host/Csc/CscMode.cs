using Oods.Core.Configuration;
using Oods.Csc.Service;

namespace Oods.Host.Csc;

/// <summary>Chooses standalone or CSC mode for <c>oods run</c>.</summary>
internal static class CscMode
{
    /// <summary>CSC mode when <c>--component</c> or <c>csc.component</c> names a component and <c>--standalone</c> is not given.</summary>
    /// <param name="standalone">The <c>--standalone</c> flag.</param>
    /// <param name="component">The <c>--component</c> value, if given.</param>
    /// <param name="options">The configuration.</param>
    /// <returns>The CSC options (null for standalone) and every problem found.</returns>
    public static (CscOptions? Options, List<string> Problems) Choose(bool standalone, string? component, OodsOptions options)
    {
        if (standalone && !string.IsNullOrEmpty(component))
        {
            return (null, ["--standalone and --component exclude each other"]);
        }

        var name = string.IsNullOrEmpty(component) ? options.Csc.Component : component;
        if (standalone || string.IsNullOrEmpty(name))
        {
            return (null, []);
        }

        var (csc, problems) = CscEnvironment.Read(name, Environment.GetEnvironmentVariable);
        return (csc, problems);
    }
}
