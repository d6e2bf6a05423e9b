using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Oods.Csc.Logging;

/// <summary>
/// A logger provider that queues every record at or above the CSC's level for the CSC to publish as
/// <c>logMessage</c> (salobj's <c>SalLogHandler</c>).
/// </summary>
/// <remarks>
/// The CSC's own Kafka transport messages (event ids <see cref="TransportFirstId"/>–<see cref="TransportLastId"/>) are
/// not forwarded: a broker that cannot take events would otherwise be sent a message about it, whose failure makes
/// another. The queue is bounded and drops its oldest records.
/// </remarks>
public sealed class CscLogForwarder : ILoggerProvider
{
    /// <summary>First event id of the CSC transport block (not forwarded).</summary>
    public const int TransportFirstId = 7050;

    /// <summary>Last event id of the CSC transport block (not forwarded).</summary>
    public const int TransportLastId = 7099;

    private readonly Channel<CscLogRecord> _records = Channel.CreateBounded<CscLogRecord>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <summary>Creates the forwarder.</summary>
    /// <param name="level">The CSC's level; records below it are not forwarded.</param>
    public CscLogForwarder(CscLogLevel level) => Level = level;

    /// <summary>The level records must reach.</summary>
    internal CscLogLevel Level { get; }

    /// <summary>The queued records.</summary>
    internal ChannelReader<CscLogRecord> Records => _records.Reader;

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new ForwardingLogger(this, categoryName);

    /// <inheritdoc/>
    public void Dispose() => _records.Writer.TryComplete();

    /// <summary>Whether a record of this category, level and event id goes out.</summary>
    internal bool Accepts(string category, LogLevel level, EventId eventId) =>
        level != LogLevel.None
        && CscLogLevel.ToPython(level) >= Level.Level
        && eventId.Id is < TransportFirstId or > TransportLastId
        && (level >= LogLevel.Warning || !category.StartsWith("Microsoft.", StringComparison.Ordinal));

    /// <summary>Queues a record.</summary>
    internal void Add(CscLogRecord record) => _records.Writer.TryWrite(record);
}
