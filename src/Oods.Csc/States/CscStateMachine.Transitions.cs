namespace Oods.Csc.States;

/// <content>The allowed transitions (ts_salobj <c>base_csc.py</c>; OODS has no <c>enterControl</c>).</content>
internal sealed partial class CscStateMachine
{
    /// <summary>The state a transition command leads to from <paramref name="current"/>, or null when not allowed.</summary>
    public static SummaryState? TargetState(string command, SummaryState current) => (command, current) switch
    {
        ("start", SummaryState.Standby) => SummaryState.Disabled,
        ("enable", SummaryState.Disabled) => SummaryState.Enabled,
        ("disable", SummaryState.Enabled) => SummaryState.Disabled,
        ("standby", SummaryState.Disabled or SummaryState.Fault) => SummaryState.Standby,
        ("exitControl", SummaryState.Standby) => SummaryState.Offline,
        _ => null,
    };

    /// <summary>Python's repr of the salobj state enum, as it appears in a wrong-state failure, e.g. <c>&lt;State.ENABLED: 2&gt;</c>.</summary>
    public static string PythonRepr(SummaryState state) =>
        $"<State.{state.ToString().ToUpperInvariant()}: {(int)state}>";
}
