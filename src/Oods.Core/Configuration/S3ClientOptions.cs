namespace Oods.Core.Configuration;

/// <summary>The <c>s3</c> block of a <c>message_ingester</c>: the object store the notified objects' headers are read from.</summary>
public sealed class S3ClientOptions
{
    /// <summary>Endpoint URL (e.g. <c>https://s3.cp.lsst.org</c>); default empty: $S3_ENDPOINT_URL, else AWS.</summary>
    public string EndpointUrl { get; set; } = "";

    /// <summary>Signing region; default us-east-1.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>Address buckets as <c>endpoint/bucket/key</c> instead of <c>bucket.endpoint/key</c>; default true (Ceph, MinIO).</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>Environment variable holding the access key id; default AWS_ACCESS_KEY_ID.</summary>
    public string AccessKeyEnv { get; set; } = "AWS_ACCESS_KEY_ID";

    /// <summary>Environment variable holding the secret access key; default AWS_SECRET_ACCESS_KEY.</summary>
    public string SecretKeyEnv { get; set; } = "AWS_SECRET_ACCESS_KEY";

    /// <summary>Bytes fetched by the first ranged GET of an object's header (doubled until the headers are whole); default 69120 (24 FITS blocks).</summary>
    public int HeaderBytes { get; set; } = 69120;

    /// <summary>Timeout of one S3 request; default 30 s.</summary>
    public TimeInterval Timeout { get; set; } = TimeInterval.FromSeconds(30);

    /// <summary>Attempts of one object's header read before its outcome is a failure; default 3.</summary>
    public int Attempts { get; set; } = 3;
}
