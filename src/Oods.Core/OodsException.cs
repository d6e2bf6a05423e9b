namespace Oods.Core;

/// <summary>The root of the errors OODS raises on purpose; the leaves carry what an operator needs.</summary>
public abstract class OodsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="inner">The underlying error.</param>
    protected OodsException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
