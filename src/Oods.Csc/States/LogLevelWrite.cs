namespace Oods.Csc.States;

/// <summary>A <c>logevent_logLevel</c> write.</summary>
internal sealed record LogLevelWrite(int Level, string Subsystem) : CscWrite;
