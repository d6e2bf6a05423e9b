using Oods.Core.Instruments;

namespace Oods.Core.Repositories;

/// <summary>Where a repository is and how files get into it.</summary>
/// <param name="Directory">Absolute repository root.</param>
/// <param name="Transfer">Transfer mode.</param>
/// <param name="Instrument">The stream's instrument, registered when the repository is created or opened; null when unknown (one-shot ingest).</param>
public sealed record RepositorySettings(string Directory, TransferMode Transfer, InstrumentDefinition? Instrument);
