using Oods.Csc.States;

namespace Oods.Csc.Tests.States;

public sealed class CscStateMachineTests
{
    private static readonly string[] Transitions = ["start", "enable", "disable", "standby", "exitControl"];

    public static TheoryData<SummaryState, string, SummaryState> Allowed => new()
    {
        { SummaryState.Standby, "start", SummaryState.Disabled },
        { SummaryState.Disabled, "enable", SummaryState.Enabled },
        { SummaryState.Enabled, "disable", SummaryState.Disabled },
        { SummaryState.Disabled, "standby", SummaryState.Standby },
        { SummaryState.Fault, "standby", SummaryState.Standby },
        { SummaryState.Standby, "exitControl", SummaryState.Offline },
    };

    public static TheoryData<SummaryState, string> WrongState
    {
        get
        {
            var data = new TheoryData<SummaryState, string>();
            foreach (var state in Enum.GetValues<SummaryState>())
            {
                foreach (var command in Transitions.Where(c => CscStateMachine.TargetState(c, state) is null))
                {
                    data.Add(state, command);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Handle_AllowedTransition_InProgressThenSummaryStateThenComplete(SummaryState from, string command, SummaryState to)
    {
        var machine = MachineIn(from);

        var outcome = machine.Handle(Command(command, 41));

        Assert.Equal(to, machine.State);
        Assert.False(outcome.Ignored);
        Assert.Equal(to == SummaryState.Offline, outcome.ExitRequested);
        var first = Assert.IsType<AckWrite>(outcome.Writes[0]);
        Assert.Equal((SalRetCode.CmdInProgress, 5.0, $"transitioning to state: {command}"), (first.Ack, first.Timeout, first.Result));
        Assert.Equal(new SummaryStateWrite(to), outcome.Writes[1]);
        var last = Assert.IsType<AckWrite>(outcome.Writes[^1]);
        Assert.Equal(new AckWrite(41, SalRetCode.CmdComplete, 0, "Done", "user@host", 777, 6, 0.0), last);
        Assert.All(outcome.Writes.OfType<AckWrite>(), a => Assert.Equal((41, "user@host", 777), (a.SeqNum, a.Identity, a.Origin)));
    }

    [Theory]
    [MemberData(nameof(WrongState))]
    public void Handle_WrongState_FailsWithSalobjMessageAndKeepsState(SummaryState state, string command)
    {
        var machine = MachineIn(state);

        var outcome = machine.Handle(Command(command, 9));

        Assert.Equal(state, machine.State);
        var ack = Assert.IsType<AckWrite>(Assert.Single(outcome.Writes));
        Assert.Equal(SalRetCode.CmdFailed, ack.Ack);
        Assert.Equal(1, ack.Error);
        Assert.Equal($"Failed: {command} not allowed in state <State.{state.ToString().ToUpperInvariant()}: {(int)state}>", ack.Result);
    }

    [Fact]
    public void Handle_EnableInStandby_ResultMatchesSalobjText()
    {
        var ack = (AckWrite)new CscStateMachine().Handle(Command("enable", 2)).Writes.Single();

        Assert.Equal("Failed: enable not allowed in state <State.STANDBY: 5>", ack.Result);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Handle_SeqNumNotPositive_IgnoredWithoutAck(int seqNum)
    {
        var machine = new CscStateMachine();

        var outcome = machine.Handle(Command("start", seqNum));

        Assert.True(outcome.Ignored);
        Assert.Empty(outcome.Writes);
        Assert.Equal(SummaryState.Standby, machine.State);
    }

    [Theory]
    [InlineData(SummaryState.Standby)]
    [InlineData(SummaryState.Disabled)]
    [InlineData(SummaryState.Enabled)]
    [InlineData(SummaryState.Fault)]
    public void Handle_SetLogLevelInAnyState_WritesLogLevelOnceThenCompletes(SummaryState state)
    {
        var machine = MachineIn(state);

        var first = machine.Handle(Command("setLogLevel", 5) with { Level = 10 });
        var second = machine.Handle(Command("setLogLevel", 6) with { Level = 10 });

        Assert.Equal(new LogLevelWrite(10, string.Empty), first.Writes[0]);
        Assert.Equal(SalRetCode.CmdComplete, ((AckWrite)first.Writes[1]).Ack);
        Assert.Equal(SalRetCode.CmdComplete, ((AckWrite)Assert.Single(second.Writes)).Ack);
        Assert.Equal(state, machine.State);
    }

    [Fact]
    public void Initial_Always_SummaryStateStandbyThenErrorCodeZero()
    {
        Assert.Equal([new SummaryStateWrite(SummaryState.Standby), new ErrorCodeWrite(0, string.Empty, string.Empty)], new CscStateMachine().Initial());
    }

    [Fact]
    public void Fault_FromEnabled_ErrorCodeThenSummaryStateAndStandbyResetsErrorCode()
    {
        var machine = MachineIn(SummaryState.Enabled);

        var fault = machine.Fault(3, "ingest stopped");
        var again = machine.Fault(4, "twice");
        var standby = machine.Handle(Command("standby", 8));

        Assert.Equal([new ErrorCodeWrite(3, "ingest stopped", string.Empty), new SummaryStateWrite(SummaryState.Fault)], fault);
        Assert.Empty(again);
        Assert.Contains(new ErrorCodeWrite(0, string.Empty, string.Empty), standby.Writes);
        Assert.IsType<SummaryStateWrite>(standby.Writes[1]);
        Assert.Equal(SummaryState.Standby, machine.State);
    }

    [Fact]
    public void Handle_StandardConformanceSequence_ReachesOffline()
    {
        var machine = new CscStateMachine();
        machine.Initial();
        var states = new List<SummaryState>();
        foreach (var command in new[] { "start", "enable", "disable", "standby", "exitControl" })
        {
            var outcome = machine.Handle(Command(command, states.Count + 1));
            Assert.Equal(SalRetCode.CmdComplete, ((AckWrite)outcome.Writes[^1]).Ack);
            states.Add(machine.State);
        }

        Assert.Equal([SummaryState.Disabled, SummaryState.Enabled, SummaryState.Disabled, SummaryState.Standby, SummaryState.Offline], states);
    }

    private static CscCommand Command(string name, int seqNum) => new(name, seqNum, "user@host", 777, 6);

    private static CscStateMachine MachineIn(SummaryState state)
    {
        var machine = new CscStateMachine();
        machine.Initial();
        var path = state switch
        {
            SummaryState.Disabled => new[] { "start" },
            SummaryState.Enabled => ["start", "enable"],
            SummaryState.Offline => ["exitControl"],
            _ => [],
        };
        foreach (var command in path)
        {
            machine.Handle(Command(command, 100));
        }

        if (state == SummaryState.Fault)
        {
            machine.Fault(1, "test");
        }

        Assert.Equal(state, machine.State);
        return machine;
    }
}
