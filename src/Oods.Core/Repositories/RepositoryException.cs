namespace Oods.Core.Repositories;

/// <summary>A repository cannot be created, opened or written as a whole.</summary>
public sealed class RepositoryException : OodsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the repository.</param>
    /// <param name="inner">The underlying error.</param>
    public RepositoryException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
