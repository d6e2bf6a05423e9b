namespace Oods.Core.Pipeline;

/// <summary>The CSC error codes OODS reports with FAULT (documented in docs/operations.md).</summary>
public static class ErrorCodes
{
    /// <summary>A stream met an error it cannot get past (repository cannot be opened or written, disk full, ...).</summary>
    public const int StreamFault = 100;
}
