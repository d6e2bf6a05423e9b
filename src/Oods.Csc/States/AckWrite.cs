namespace Oods.Csc.States;

/// <summary>An <c>ackcmd</c> write, echoing the command's seqNum, identity and origin.</summary>
internal sealed record AckWrite(int SeqNum, SalRetCode Ack, int Error, string Result, string Identity, int Origin, int CmdType, double Timeout) : CscWrite;
