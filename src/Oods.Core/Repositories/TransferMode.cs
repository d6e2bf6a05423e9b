namespace Oods.Core.Repositories;

/// <summary>How a raw file gets into a repository (obs_base transfer choices, plus Gen2's <c>skip</c>).</summary>
public enum TransferMode
{
    /// <summary>Leave the file where it is and record its absolute URI (Gen3; the OODS default).</summary>
    Direct,

    /// <summary>Copy into the repository's template path.</summary>
    Copy,

    /// <summary>Move into the repository's template path.</summary>
    Move,

    /// <summary>Hard link into the template path.</summary>
    Hardlink,

    /// <summary>Absolute symbolic link at the template path.</summary>
    Symlink,

    /// <summary>Relative symbolic link at the template path.</summary>
    Relsymlink,

    /// <summary>Hard link, falling back to a symbolic link (Gen3); a symbolic link (Gen2).</summary>
    Link,

    /// <summary>Register only, no file operation (Gen2).</summary>
    Skip,
}
