using Oods.Core;

namespace Oods.Csc.Service;

/// <summary>Another process already heartbeats under this component name: this one must not start.</summary>
public sealed class DuplicateCscException : OodsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="component">The component name.</param>
    /// <param name="origin">The other process's id (<c>private_origin</c> of its heartbeat).</param>
    /// <param name="identity">The other process's identity.</param>
    public DuplicateCscException(string component, int origin, string identity)
        : base($"another {component} is already running (heartbeat from origin {origin}, identity {identity}); refusing to start", null)
    {
        Component = component;
        Origin = origin;
    }

    /// <summary>The component name.</summary>
    public string Component { get; }

    /// <summary>The other process's id.</summary>
    public int Origin { get; }
}
