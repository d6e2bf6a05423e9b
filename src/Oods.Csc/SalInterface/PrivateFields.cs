namespace Oods.Csc.SalInterface;

/// <summary>The private fields every SAL topic starts with (ts_xml <c>topic_info.py</c> <c>_PRIVATE_FIELD_LIST</c>), in order.</summary>
internal static class PrivateFields
{
    /// <summary>The eight private fields of a non-indexed component.</summary>
    public static IReadOnlyList<SalField> All { get; } =
    [
        new("private_sndStamp", SalFieldType.Double, "Time of instance publication", "second"),
        new("private_rcvStamp", SalFieldType.Double, "Time of instance reception", "second"),
        new("private_efdStamp", SalFieldType.Double, "UTC time for EFD timestamp. An integer (the number of leap seconds) different from private_sndStamp.", "second"),
        new("private_kafkaStamp", SalFieldType.Double, "TAI time at which the Kafka message was created.", "second"),
        new("private_seqNum", SalFieldType.Int, "Sequence number"),
        new("private_revCode", SalFieldType.String, "Revision hashcode"),
        new("private_identity", SalFieldType.String, "Identity of publisher: SAL component name for a CSC or user@host for a user"),
        new("private_origin", SalFieldType.Int, "Process ID of publisher"),
    ];
}
