using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Oods.TestUtilities;

/// <summary>
/// s3rver (npm, a fake S3) on 127.0.0.1 with one bucket, started with node from <c>$OODS_TEST_S3RVER</c>
/// (the path of <c>s3rver/bin/s3rver.js</c>; .ci/run installs it and sets the variable).
/// </summary>
public sealed class S3Server : IDisposable
{
    /// <summary>The variable naming s3rver.js.</summary>
    public const string Variable = "OODS_TEST_S3RVER";

    /// <summary>The bucket every test uses.</summary>
    public const string Bucket = "rubin-summit";

    private readonly TempDirectory _data = new();
    private readonly ServerProcess _process;

    /// <summary>Starts the server.</summary>
    /// <exception cref="InvalidOperationException">s3rver or node is not installed: the tests fail, they are not skipped.</exception>
    public S3Server()
    {
        var script = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(script) || !File.Exists(script))
        {
            throw new InvalidOperationException(
                $"${Variable} must name s3rver's bin/s3rver.js (is '{script}'): npm install --no-audit --no-fund -E s3rver@3.7.1 (.ci/run does)");
        }

        var port = ServerProcess.FreePort();
        _process = ServerProcess.Start("/usr/bin/node", [script, "-d", _data.Path, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--configure-bucket", Bucket], port);
        Endpoint = $"http://127.0.0.1:{port}";
        Client = new AmazonS3Client(new BasicAWSCredentials("S3RVER", "S3RVER"), new AmazonS3Config
        {
            ServiceURL = Endpoint,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
    }

    /// <summary>The endpoint URL.</summary>
    public string Endpoint { get; }

    /// <summary>A client for the tests' own puts.</summary>
    public AmazonS3Client Client { get; }

    /// <summary>Puts an object (without aws-chunked encoding, which s3rver would store literally).</summary>
    public Task PutAsync(string key, byte[] content) =>
        Client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, InputStream = new MemoryStream(content), UseChunkEncoding = false });

    /// <inheritdoc/>
    public void Dispose()
    {
        Client.Dispose();
        _process.Dispose();
        _data.Dispose();
    }
}
