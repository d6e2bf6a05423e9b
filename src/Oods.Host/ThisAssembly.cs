using System.Reflection;

namespace Oods.Host;

/// <summary>Facts about this build.</summary>
internal static class ThisAssembly
{
    /// <summary>The informational version (e.g. <c>0.1.0+&lt;commit&gt;</c>).</summary>
    public static string Version { get; } =
        typeof(ThisAssembly).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
