namespace Oods.Csc.States;

/// <summary>What handling one command produced.</summary>
/// <param name="Writes">The writes, in order (summaryState before the final ack).</param>
/// <param name="Ignored">True when the command was dropped unacknowledged (seqNum ≤ 0); the caller logs a warning.</param>
/// <param name="ExitRequested">True after a successful <c>exitControl</c>: the process should stop after about 1 s.</param>
/// <param name="Pending">True when only CMD_INPROGRESS was written: the transition is finished by <c>Complete</c>.</param>
internal sealed record CommandOutcome(IReadOnlyList<CscWrite> Writes, bool Ignored = false, bool ExitRequested = false, bool Pending = false);
