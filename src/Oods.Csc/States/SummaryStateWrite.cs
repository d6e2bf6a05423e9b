namespace Oods.Csc.States;

/// <summary>A <c>logevent_summaryState</c> write.</summary>
internal sealed record SummaryStateWrite(SummaryState State) : CscWrite;
