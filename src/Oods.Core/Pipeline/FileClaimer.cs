namespace Oods.Core.Pipeline;

/// <summary>Claims a landed file by moving it into staging under the same sub-path.</summary>
/// <remarks>
/// On one filesystem the move is an atomic rename, so a file is either still waiting or claimed.
/// </remarks>
internal static class FileClaimer
{
    /// <summary>Moves <paramref name="landingPath"/> into staging.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="landingPath">The file in the landing directory.</param>
    /// <returns>The path in staging.</returns>
    /// <exception cref="IOException">The file cannot be moved.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied.</exception>
    public static string Claim(StreamSettings stream, string landingPath)
    {
        var target = Path.Combine(stream.StagingDirectory, Path.GetRelativePath(stream.LandingDirectory, landingPath));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(landingPath, target, overwrite: true);
        return target;
    }
}
