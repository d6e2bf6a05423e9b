namespace Oods.Core.Expiry;

/// <summary>What one expiry pass did: the numbers of its summary line and of <c>oods expire</c>.</summary>
public sealed class ExpiryTally
{
    /// <summary>Butler datasets removed (or, on a dry run, that would be).</summary>
    public long Datasets { get; set; }

    /// <summary>Files removed (or that would be).</summary>
    public long Files { get; set; }

    /// <summary>Directories removed (or that would be).</summary>
    public long Directories { get; set; }

    /// <summary>Bytes the removed files held.</summary>
    public long Bytes { get; set; }

    /// <summary>Items left alone on purpose: files outside the managed directories, missing collections, missing files.</summary>
    public long Skipped { get; set; }

    /// <summary>Items that could not be removed (logged; the pass went on).</summary>
    public long Failed { get; set; }

    /// <summary>Adds another tally to this one.</summary>
    /// <param name="other">The other tally.</param>
    public void Add(ExpiryTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Datasets += other.Datasets;
        Files += other.Files;
        Directories += other.Directories;
        Bytes += other.Bytes;
        Skipped += other.Skipped;
        Failed += other.Failed;
    }
}
