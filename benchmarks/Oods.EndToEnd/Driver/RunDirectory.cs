namespace Oods.EndToEnd.Driver;

/// <summary>The fresh directories of one scenario run: landing, staging, bad files, repository, state, log.</summary>
/// <param name="Root">The run's root directory.</param>
internal sealed record RunDirectory(string Root)
{
    /// <summary>Where files are renamed into.</summary>
    public string Landing => Path.Combine(Root, "landing");

    /// <summary>Where files are claimed into.</summary>
    public string Staging => Path.Combine(Root, "staging");

    /// <summary>Where failed files go.</summary>
    public string Bad => Path.Combine(Root, "bad");

    /// <summary>The Butler repository.</summary>
    public string Repository => Path.Combine(Root, "repo");

    /// <summary>OODS's state directory (journal, in-flight records).</summary>
    public string State => Path.Combine(Root, "state");

    /// <summary>Where outcome journals are written.</summary>
    public string Journal => Path.Combine(State, "journal");

    /// <summary>Creates the root and the landing directory.</summary>
    /// <returns>This.</returns>
    public RunDirectory Create()
    {
        Directory.CreateDirectory(Landing);
        return this;
    }
}
