namespace Oods.Core.Configuration;

/// <summary>The configuration cannot be used; <see cref="Problems"/> lists every problem with its key path.</summary>
public sealed class ConfigurationException : OodsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or other source) the configuration came from.</param>
    /// <param name="problems">Every problem found, each naming its key path.</param>
    public ConfigurationException(string source, IReadOnlyList<string> problems)
        : base($"{source}: {problems.Count} configuration problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>Where the configuration came from.</summary>
    public new string Source { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
