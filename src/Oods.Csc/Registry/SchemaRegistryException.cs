using Oods.Core;

namespace Oods.Csc.Registry;

/// <summary>The schema registry refused a request or could not be reached.</summary>
public sealed class SchemaRegistryException : OodsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="errorCode">The registry's <c>error_code</c> (e.g. 409, 40403), or the HTTP status, or 0 when unreachable.</param>
    /// <param name="inner">The underlying error.</param>
    public SchemaRegistryException(string message, int errorCode, Exception? inner = null)
        : base(message, inner) => ErrorCode = errorCode;

    /// <summary>The registry's <c>error_code</c>, the HTTP status, or 0 when unreachable.</summary>
    public int ErrorCode { get; }
}
