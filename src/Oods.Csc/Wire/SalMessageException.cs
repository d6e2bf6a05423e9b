using Oods.Core;

namespace Oods.Csc.Wire;

/// <summary>A Kafka message that cannot be decoded; the consumer loop logs it and skips it.</summary>
public sealed class SalMessageException : OodsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Which check failed.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="schemaId">The schema id in the frame, when there was one.</param>
    /// <param name="inner">The underlying error.</param>
    public SalMessageException(SalMessageError reason, string message, int? schemaId = null, Exception? inner = null)
        : base(message, inner)
    {
        Reason = reason;
        SchemaId = schemaId;
    }

    /// <summary>Which check failed.</summary>
    public SalMessageError Reason { get; }

    /// <summary>The schema id in the frame, when there was one.</summary>
    public int? SchemaId { get; }
}
