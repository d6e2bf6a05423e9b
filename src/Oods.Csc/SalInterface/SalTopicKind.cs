namespace Oods.Csc.SalInterface;

/// <summary>What kind of SAL topic; decides the name prefix, the key and the cleanup policy.</summary>
internal enum SalTopicKind
{
    /// <summary>The synthetic <c>ackcmd</c> topic.</summary>
    Ack,

    /// <summary>A <c>command_*</c> topic.</summary>
    Command,

    /// <summary>A <c>logevent_*</c> topic (compacted, keyed).</summary>
    Event,

    /// <summary>A telemetry topic (empty key); OODS has none.</summary>
    Telemetry,
}
