namespace Oods.Sources.S3;

/// <summary>One object named by a bucket notification.</summary>
/// <param name="Bucket">The bucket.</param>
/// <param name="Key">The object key (URL-decoded).</param>
/// <param name="Size">The size the notification states, if it does.</param>
internal sealed record S3ObjectRef(string Bucket, string Key, long? Size)
{
    /// <summary>The object as <c>s3://bucket/key</c>.</summary>
    public string Url => $"s3://{Bucket}/{Key}";

    /// <summary>The URI recorded in the repository: <c>s3://bucket/key</c>, or <c>s3://profile@bucket/key</c> with a profile.</summary>
    /// <param name="profile">The S3 profile, or empty.</param>
    /// <returns>The URI.</returns>
    public string RecordedUri(string profile) => profile.Length == 0 ? Url : $"s3://{profile}@{Bucket}/{Key}";
}
