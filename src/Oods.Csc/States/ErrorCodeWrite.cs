namespace Oods.Csc.States;

/// <summary>A <c>logevent_errorCode</c> write.</summary>
internal sealed record ErrorCodeWrite(int ErrorCode, string ErrorReport, string Traceback) : CscWrite;
