using Oods.Core.Metadata;

namespace Oods.Core.Repositories;

/// <summary>A raw file ready for a repository: where it is and what its header says.</summary>
/// <param name="Path">Absolute path of the file (in the staging directory), or, for <c>direct</c> transfer only, an absolute remote URI (<c>s3://bucket/key</c>).</param>
/// <param name="Metadata">The translated header.</param>
public sealed record RawFile(string Path, RawMetadata Metadata)
{
    /// <summary>Size in bytes of a remote object (<see cref="Path"/> a URI); null for a local file, which is measured.</summary>
    public long? Size { get; init; }

    /// <summary>Whether <see cref="Path"/> is a remote URI (a scheme other than <c>file</c>), recorded as it is.</summary>
    public bool IsRemote => IsRemoteUri(Path);

    /// <summary>Whether a path is a remote URI such as <c>s3://bucket/key</c> (not a local path, not a <c>file:</c> URI).</summary>
    /// <param name="path">The path or URI.</param>
    /// <returns>True for a remote URI.</returns>
    public static bool IsRemoteUri(string path) =>
        path is not null && path.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(path, UriKind.Absolute, out var uri) && !uri.IsFile;
}
