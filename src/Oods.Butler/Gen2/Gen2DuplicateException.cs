namespace Oods.Butler.Gen2;

/// <summary>A raw's data ID or target path is already taken by a different file; a per-file failure, never escapes the writer.</summary>
internal sealed class Gen2DuplicateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Names both files.</param>
    public Gen2DuplicateException(string message)
        : base(message)
    {
    }
}
