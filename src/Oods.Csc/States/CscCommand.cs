namespace Oods.Csc.States;

/// <summary>A received command, reduced to what the state machine needs.</summary>
/// <param name="Name">The short command name: <c>start</c>, <c>enable</c>, <c>disable</c>, <c>standby</c>, <c>exitControl</c>, <c>setLogLevel</c>.</param>
/// <param name="SeqNum">The command's <c>private_seqNum</c>.</param>
/// <param name="Identity">The command's <c>private_identity</c>.</param>
/// <param name="Origin">The command's <c>private_origin</c>.</param>
/// <param name="CmdType">The <c>cmdtype</c> to put in the acks.</param>
/// <param name="Level">For <c>setLogLevel</c>: the Python logging level.</param>
/// <param name="Subsystem">For <c>setLogLevel</c>: the subsystem.</param>
internal sealed record CscCommand(string Name, int SeqNum, string Identity, int Origin, int CmdType, int Level = 0, string Subsystem = "");
