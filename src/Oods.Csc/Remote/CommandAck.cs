using Oods.Csc.States;

namespace Oods.Csc.Remote;

/// <summary>One acknowledgement of a command sent by <see cref="CscRemote"/>.</summary>
/// <param name="Command">The command's short name, e.g. <c>start</c>.</param>
/// <param name="SeqNum">The command's <c>private_seqNum</c>.</param>
/// <param name="Ack">The code.</param>
/// <param name="Error">The error code (non-zero on failure).</param>
/// <param name="Result">The CSC's message (the reason on failure).</param>
/// <param name="Timeout">Seconds the CSC still needs (with <see cref="SalRetCode.CmdInProgress"/>).</param>
/// <param name="Time">When the CSC wrote it (UTC), or when the remote gave up waiting.</param>
public sealed record CommandAck(string Command, int SeqNum, SalRetCode Ack, int Error, string Result, double Timeout, DateTimeOffset Time)
{
    /// <summary>True for every code but CMD_ACK and CMD_INPROGRESS: no more acks follow.</summary>
    public bool IsFinal => Ack is not (SalRetCode.CmdAck or SalRetCode.CmdInProgress);

    /// <summary>One readable line: time, command, seqNum, code and name, then timeout, error and result when they matter.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => SalText.Ack(this);
}
