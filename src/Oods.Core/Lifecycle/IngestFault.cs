namespace Oods.Core.Lifecycle;

/// <summary>An error a stream cannot get past, for the CSC to report (FAULT with an error code).</summary>
/// <param name="Stream">The stream.</param>
/// <param name="ErrorCode">The CSC error code (see docs/operations.md).</param>
/// <param name="Report">What happened, for the operator.</param>
/// <param name="Error">The exception, if any.</param>
public sealed record IngestFault(string Stream, int ErrorCode, string Report, Exception? Error);
