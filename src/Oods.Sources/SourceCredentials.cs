namespace Oods.Sources;

/// <summary>User name and password of a source, from environment variables or a file only the service can read.</summary>
/// <param name="Username">The user name ("" when none is configured).</param>
/// <param name="Password">The password ("" when none is configured).</param>
internal sealed record SourceCredentials(string Username, string Password)
{
    private const UnixFileMode OthersMayAccess = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Reads the credentials: <c>credentials_file</c> first, then the environment variables override.</summary>
    /// <exception cref="InvalidOperationException">The file is readable by others or a named variable is not set.</exception>
    public static SourceCredentials Read(SourceSettings settings)
    {
        var username = "";
        var password = "";
        if (settings.CredentialsFile.Length > 0)
        {
            RequirePrivate(settings.CredentialsFile, "credentials_file");
            foreach (var line in File.ReadAllLines(settings.CredentialsFile))
            {
                var eq = line.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0 || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                var key = line[..eq].Trim();
                var value = line[(eq + 1)..].Trim();
                if (key == "username")
                {
                    username = value;
                }
                else if (key == "password")
                {
                    password = value;
                }
            }
        }

        if (settings.UsernameEnv.Length > 0)
        {
            username = Environment.GetEnvironmentVariable(settings.UsernameEnv)
                ?? throw new InvalidOperationException($"source.username_env: the environment variable {settings.UsernameEnv} is not set");
        }

        if (settings.PasswordEnv.Length > 0)
        {
            password = Environment.GetEnvironmentVariable(settings.PasswordEnv)
                ?? throw new InvalidOperationException($"source.password_env: the environment variable {settings.PasswordEnv} is not set");
        }

        return new SourceCredentials(username, password);
    }

    /// <summary>Refuses a secret file that users other than its owner may access.</summary>
    public static void RequirePrivate(string path, string key)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & OthersMayAccess) != 0)
        {
            throw new InvalidOperationException($"source.{key}: '{path}' may be accessed by other users; make it readable only by the service (chmod 600)");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"SourceCredentials {{ Username = {Username}, Password = *** }}";
}
