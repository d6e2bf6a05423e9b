namespace Oods.Core.Configuration;

/// <summary>The <c>butler</c> block of a <c>message_ingester</c>: a <c>butler</c> block plus the S3 profile of the URIs it records.</summary>
public sealed class S3ButlerOptions : ButlerOptions
{
    /// <summary>Profile written into each recorded URI as <c>s3://&lt;profile&gt;@bucket/key</c> (as ctrl_oods's <c>s3profile</c>); default empty: plain <c>s3://bucket/key</c>.</summary>
    public string S3profile { get; set; } = "";
}
