using Oods.Core.Configuration;
using Oods.Sources.Tests.Support;
using Oods.TestUtilities;

namespace Oods.Sources.Tests;

/// <summary>The <c>source</c> block: the shipped example loads, bad blocks are refused with key paths, secrets stay private.</summary>
public sealed class SourceConfigurationTests
{
    [Fact]
    public void SourcesExample_LoadsAndValidates()
    {
        var options = OodsConfigurationLoader.LoadFile(RepoPaths.Path("config", "examples", "sources.yaml"));

        Assert.Empty(OodsOptionsValidator.Check(options));
        Assert.Equal("sftp", options.Streams[0].Source!.Kind);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Streams[0].Source!.SettleTime.ToTimeSpan());
        Assert.True(options.Streams[1].Source!.Tls);
    }

    [Fact]
    public void BadSource_IsRefused_WithKeyPaths()
    {
        var options = OodsConfigurationLoader.LoadFile(RepoPaths.Path("config", "examples", "sources.yaml"));
        options.Streams[0].Source = new SourceOptions { Kind = "scp", AfterFetch = "move", PollInterval = new TimeInterval() };

        var problems = OodsOptionsValidator.Check(options);

        Assert.Contains(problems, p => p.StartsWith("streams[0].source.kind:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("streams[0].source.host:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("streams[0].source.move_to:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("streams[0].source.poll_interval:", StringComparison.Ordinal));
    }

    [Fact]
    public void TlsCaFile_Missing_IsRefused_WithItsKeyPath()
    {
        using var directory = new TempDirectory();
        var options = OodsConfigurationLoader.LoadFile(RepoPaths.Path("config", "examples", "sources.yaml"));
        var missing = directory.Combine("no-such-ca.pem");
        options.Streams[1].Source!.TlsCaFile = missing;

        var problems = OodsOptionsValidator.Check(options);

        Assert.Equal([$"streams[1].source.tls_ca_file: '{missing}' does not exist"], problems);
    }

    [Fact]
    public void TlsCaFile_NotPem_OrWithoutTls_IsRefused_ARealCaIsAccepted()
    {
        using var directory = new TempDirectory();
        using var certificates = new TestCertificates();
        var options = OodsConfigurationLoader.LoadFile(RepoPaths.Path("config", "examples", "sources.yaml"));
        var notPem = directory.Combine("ca.der");
        File.WriteAllBytes(notPem, [0x30, 0x82, 0x01, 0x00]);
        options.Streams[1].Source!.TlsCaFile = notPem;
        options.Streams[0].Source!.TlsCaFile = certificates.CaFile;

        var problems = OodsOptionsValidator.Check(options);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("streams[0].source.tls_ca_file: needs kind: ftp with tls: true", StringComparison.Ordinal));
        Assert.Contains($"streams[1].source.tls_ca_file: '{notPem}' holds no PEM certificate (-----BEGIN CERTIFICATE-----)", problems);

        options.Streams[0].Source!.TlsCaFile = "";
        options.Streams[1].Source!.TlsCaFile = certificates.CaFile;
        Assert.Empty(OodsOptionsValidator.Check(options));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void CredentialsFile_ReadableByOthers_IsRefused_PrivateOneIsRead()
    {
        using var harness = new SourceHarness();
        using var directory = new TempDirectory();
        var file = directory.Combine("ftp.credentials");
        File.WriteAllText(file, "# test stand\nusername=oods\npassword=s3cret\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var settings = harness.Settings("ftp", 21) with { UsernameEnv = "", PasswordEnv = "", CredentialsFile = file };

        var e = Assert.Throws<InvalidOperationException>(() => SourceCredentials.Read(settings));
        Assert.Contains("chmod 600", e.Message, StringComparison.Ordinal);

        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var credentials = SourceCredentials.Read(settings);
        Assert.Equal(("oods", "s3cret"), (credentials.Username, credentials.Password));
        Assert.DoesNotContain("s3cret", credentials.ToString(), StringComparison.Ordinal);
    }
}
