namespace Oods.Core.Configuration;

/// <summary>
/// The ctrl_oods 10.x <c>message_ingester</c> block: a stream fed by S3 bucket notifications on Kafka, whose objects
/// are ingested in place (<c>direct</c>) as <c>s3://</c> URIs.
/// </summary>
public sealed class MessageIngesterOptions
{
    /// <summary>The stream's name in logs, outcomes, the journal and the status page; default empty: the instrument's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Object URLs to ingest (regular expression on <c>s3://bucket/key</c>, as ctrl_oods's $DATASET_REGEXP); default <c>.*\.(fits|fits\.fz)$</c>.</summary>
    public string DatasetRegexp { get; set; } = @".*\.(fits|fits\.fz)$";

    /// <summary>Where the notifications come from; required.</summary>
    public KafkaConsumerOptions Kafka { get; set; } = new();

    /// <summary>The object store; default: $S3_ENDPOINT_URL and AWS credentials from the environment.</summary>
    public S3ClientOptions S3 { get; set; } = new();

    /// <summary>The repository the objects are ingested into; required; transfer must be <c>direct</c>.</summary>
    public S3ButlerOptions? Butler { get; set; }

    /// <summary>The stream's name: <see cref="Name"/>, else the instrument's (the block must have been validated).</summary>
    /// <returns>The name.</returns>
    public string StreamName() => Name.Length > 0 ? Name : Instruments.InstrumentCatalog.Get(Butler!.Instrument).Name;
}
