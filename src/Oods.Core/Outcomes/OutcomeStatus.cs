namespace Oods.Core.Outcomes;

/// <summary>The status codes of an <c>imageInOODS</c> event.</summary>
public enum OutcomeStatus
{
    /// <summary>The file is in every repository of its stream.</summary>
    Ingested = 0,

    /// <summary>The header was read but a repository refused the file.</summary>
    IngestFailure = 1,

    /// <summary>The header could not be read or translated.</summary>
    MetadataFailure = 2,
}
