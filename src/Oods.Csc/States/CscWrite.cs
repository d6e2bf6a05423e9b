namespace Oods.Csc.States;

/// <summary>One topic write the state machine asks for, in the order it must be written.</summary>
internal abstract record CscWrite;
