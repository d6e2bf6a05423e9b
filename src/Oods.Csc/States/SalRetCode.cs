namespace Oods.Csc.States;

/// <summary>Command acknowledgement codes (ts_xml <c>sal_enums.SalRetCode</c>).</summary>
public enum SalRetCode
{
    /// <summary>Command seen; salobj CSCs never send it.</summary>
    CmdAck = 300,

    /// <summary>Working; <c>timeout</c> is the estimated remaining seconds.</summary>
    CmdInProgress = 301,

    /// <summary>Stalled (final, counted as failed).</summary>
    CmdStalled = 302,

    /// <summary>Succeeded (final).</summary>
    CmdComplete = 303,

    /// <summary>Not authorized (final).</summary>
    CmdNoPerm = -300,

    /// <summary>Synthesised by a remote that saw no ack.</summary>
    CmdNoAck = -301,

    /// <summary>Failed (final); <c>error</c> non-zero, <c>result</c> says why.</summary>
    CmdFailed = -302,

    /// <summary>Aborted or cancelled (final).</summary>
    CmdAborted = -303,

    /// <summary>The CSC's handler timed out (final).</summary>
    CmdTimeout = -304,
}
