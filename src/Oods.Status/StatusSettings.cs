using Oods.Core.Configuration;
using Oods.Core.Pipeline;

namespace Oods.Status;

/// <summary>What the status endpoint is told at start: its options, the streams and the version.</summary>
/// <param name="Options">The <c>status</c> section.</param>
/// <param name="Streams">The configured streams.</param>
/// <param name="Version">The OODS version.</param>
public sealed record StatusSettings(StatusOptions Options, IReadOnlyList<StreamSettings> Streams, string Version);
