using Oods.Core.Configuration;
using Oods.Core.Pipeline;

namespace Oods.Status;

/// <summary>What the status endpoint is told at start: its options, the streams and the version.</summary>
/// <param name="Options">The <c>status</c> section.</param>
/// <param name="Streams">The configured streams.</param>
/// <param name="Version">The OODS version.</param>
/// <param name="MessageStreams">The names of the streams fed by messages (the <c>message_ingester</c>'s), which have no landing directory.</param>
public sealed record StatusSettings(StatusOptions Options, IReadOnlyList<StreamSettings> Streams, string Version, IReadOnlyList<string>? MessageStreams = null)
{
    /// <summary>Every stream's name: the file streams, then the message streams.</summary>
    public IReadOnlyList<string> StreamNames { get; } = [.. Streams.Select(s => s.Name), .. MessageStreams ?? []];
}
