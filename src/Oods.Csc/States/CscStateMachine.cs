namespace Oods.Csc.States;

/// <summary>
/// The salobj <c>BaseCsc</c> summary-state machine and command acknowledgement, as pure logic: commands in, ordered
/// topic writes out. The caller serialises calls and performs the writes.
/// </summary>
/// <remarks>
/// Follows ts_salobj <c>base_csc.py</c> <c>_do_change_state</c>: check the state (wrong state → CMD_FAILED only), ack
/// CMD_INPROGRESS as ctrl_oods does, set the state, write <c>summaryState</c>, write <c>errorCode(0)</c> if it changed,
/// then the final CMD_COMPLETE. FAULT is entered only by <see cref="Fault"/>; <c>standby</c> is the only way out.
/// </remarks>
/// <param name="inProgressTimeout">The <c>timeout</c> sent with CMD_INPROGRESS (ctrl_oods: 5 s).</param>
internal sealed partial class CscStateMachine(TimeSpan inProgressTimeout)
{
    private (int Code, string Report, string Traceback)? _lastErrorCode;
    private (int Level, string Subsystem)? _lastLogLevel;

    /// <summary>Creates the machine with ctrl_oods's 5 s in-progress timeout.</summary>
    public CscStateMachine()
        : this(TimeSpan.FromSeconds(5))
    {
    }

    /// <summary>The current summary state.</summary>
    public SummaryState State { get; private set; } = SummaryState.Standby;

    /// <summary>The writes that announce the initial state: <c>summaryState(STANDBY)</c>, then <c>errorCode(0, "", "")</c>.</summary>
    public IReadOnlyList<CscWrite> Initial()
    {
        var writes = new List<CscWrite> { new SummaryStateWrite(State) };
        AddErrorCodeIfChanged(writes, 0, string.Empty, string.Empty);
        return writes;
    }

    /// <summary>Enters FAULT: <c>errorCode</c> (always written), then <c>summaryState(FAULT)</c>. No-op when already in FAULT.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="report">What went wrong.</param>
    /// <param name="traceback">A stack trace, or empty.</param>
    public IReadOnlyList<CscWrite> Fault(int code, string report, string traceback = "")
    {
        if (State == SummaryState.Fault)
        {
            return [];
        }

        _lastErrorCode = (code, report, traceback);
        State = SummaryState.Fault;
        return [new ErrorCodeWrite(code, report, traceback), new SummaryStateWrite(SummaryState.Fault)];
    }

    /// <summary>Handles one command completely (<see cref="Begin"/>, then <see cref="Complete"/> when pending).</summary>
    /// <param name="command">The command.</param>
    /// <returns>The writes, or an ignored outcome for seqNum ≤ 0 (salobj would stop reading on those).</returns>
    public CommandOutcome Handle(CscCommand command)
    {
        var begun = Begin(command);
        return begun.Pending ? new CommandOutcome([.. begun.Writes, .. Complete(command).Writes], ExitRequested: State == SummaryState.Offline) : begun;
    }

    /// <summary>
    /// First half of a command: the whole answer for setLogLevel, a wrong state or seqNum ≤ 0; for an allowed transition
    /// only CMD_INPROGRESS, with <see cref="CommandOutcome.Pending"/> set. The caller then does the work (enable or drain
    /// ingest) and calls <see cref="Complete"/>.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <returns>The writes so far.</returns>
    public CommandOutcome Begin(CscCommand command)
    {
        if (command.SeqNum <= 0)
        {
            return new CommandOutcome([], Ignored: true);
        }

        if (command.Name == "setLogLevel")
        {
            return SetLogLevel(command);
        }

        if (TargetState(command.Name, State) is null)
        {
            return new CommandOutcome([WrongState(command)]);
        }

        return new CommandOutcome([Ack(command, SalRetCode.CmdInProgress, 0, $"transitioning to state: {command.Name}", inProgressTimeout.TotalSeconds)], Pending: true);
    }

    /// <summary>Second half of a transition begun with <see cref="Begin"/>: state, summaryState, errorCode if changed, CMD_COMPLETE.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The writes; CMD_FAILED when the state changed in between (a fault).</returns>
    public CommandOutcome Complete(CscCommand command)
    {
        if (TargetState(command.Name, State) is not { } target)
        {
            return new CommandOutcome([WrongState(command)]);
        }

        var writes = new List<CscWrite>();
        State = target;
        writes.Add(new SummaryStateWrite(target));
        AddErrorCodeIfChanged(writes, 0, string.Empty, string.Empty);
        writes.Add(Ack(command, SalRetCode.CmdComplete, 0, "Done"));
        return new CommandOutcome(writes, ExitRequested: target == SummaryState.Offline);
    }

    private CommandOutcome SetLogLevel(CscCommand command)
    {
        var writes = new List<CscWrite>();
        if (_lastLogLevel != (command.Level, command.Subsystem))
        {
            _lastLogLevel = (command.Level, command.Subsystem);
            writes.Add(new LogLevelWrite(command.Level, command.Subsystem));
        }

        writes.Add(Ack(command, SalRetCode.CmdComplete, 0, "Done"));
        return new CommandOutcome(writes);
    }

    private void AddErrorCodeIfChanged(List<CscWrite> writes, int code, string report, string traceback)
    {
        if (_lastErrorCode != (code, report, traceback))
        {
            _lastErrorCode = (code, report, traceback);
            writes.Add(new ErrorCodeWrite(code, report, traceback));
        }
    }

    private AckWrite WrongState(CscCommand command) =>
        Ack(command, SalRetCode.CmdFailed, 1, $"Failed: {command.Name} not allowed in state {PythonRepr(State)}");

    private static AckWrite Ack(CscCommand command, SalRetCode ack, int error, string result, double timeout = 0.0) =>
        new(command.SeqNum, ack, error, result, command.Identity, command.Origin, command.CmdType, timeout);
}
