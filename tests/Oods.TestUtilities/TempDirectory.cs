namespace Oods.TestUtilities;

/// <summary>A fresh directory under the system temp folder, removed with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the directory.</summary>
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("oods-test-").FullName;
    }

    /// <summary>The absolute path.</summary>
    public string Path { get; }

    /// <summary>A path inside the directory.</summary>
    /// <param name="parts">Path parts.</param>
    /// <returns>The absolute path.</returns>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test that left a file open must not fail on clean-up; the temp folder is cleared by the OS.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: tests that remove permissions on purpose may leave their directory behind.
        }
    }
}
