namespace Oods.Csc.Wire;

/// <summary>Why a Kafka message could not be decoded.</summary>
public enum SalMessageError
{
    /// <summary>Shorter than the 5-byte Confluent frame header, or the first byte is not 0.</summary>
    BadFrame,

    /// <summary>The schema id is unknown to the registry or is not a schema of the expected topic.</summary>
    UnknownSchema,

    /// <summary>The Avro body does not decode with the writer schema.</summary>
    BadAvro,
}
