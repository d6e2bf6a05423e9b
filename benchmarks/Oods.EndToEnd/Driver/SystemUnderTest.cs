namespace Oods.EndToEnd.Driver;

/// <summary>What a scenario runs against: OODS with some registry, or the baseline.</summary>
internal abstract class SystemUnderTest
{
    /// <summary>The name in the table.</summary>
    public abstract string Name { get; }

    /// <summary>Whether this is the baseline every figure is compared with.</summary>
    public virtual bool IsBaseline => false;

    /// <summary>Why this system cannot run here, or null when it can.</summary>
    public virtual string? Unavailable => null;

    /// <summary>Starts the system on a run's directories; it must journal outcomes under <see cref="RunDirectory.Journal"/>.</summary>
    /// <param name="run">The directories.</param>
    /// <returns>The process.</returns>
    public abstract ChildProcess Start(RunDirectory run);
}
