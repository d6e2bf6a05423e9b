using Oods.Core.Repositories;

namespace Oods.Core.Pipeline;

/// <summary>One repository of a stream, opened: its writer and what it does with the staged file.</summary>
/// <param name="Writer">The writer.</param>
/// <param name="ReferencesSource">True when the repository points at the staged file (direct, symlinks): it must stay.</param>
/// <param name="ConsumesSource">True for <c>move</c>: the file is linked or copied in, and the staged file removed once every repository has it.</param>
internal sealed record RepositoryTarget(IRepositoryWriter Writer, bool ReferencesSource, bool ConsumesSource);
