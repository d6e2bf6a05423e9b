using Oods.Core.Metadata;

namespace Oods.Core.Repositories;

/// <summary>A raw file ready for a repository: where it is and what its header says.</summary>
/// <param name="Path">Absolute path of the file (in the staging directory).</param>
/// <param name="Metadata">The translated header.</param>
public sealed record RawFile(string Path, RawMetadata Metadata);
