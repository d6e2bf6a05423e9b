using Oods.Core.Configuration;
using Oods.TestUtilities;

namespace Oods.Core.Tests.Configuration;

public sealed class OodsConfigurationLoaderTests
{
    private const string Minimal = """
        default_interval: &interval {days: 0, hours: 0, minutes: 0, seconds: 0}
        file_ingester:
          image_staging_directory: /data/landing
          staging_directory: /data/staging
          bad_file_directory: /data/bad
          batch_size: 20
          new_file_scan_interval: {<<: *interval, seconds: 5}
          butler:
            instrument: lsst.obs.lsst.Latiss
            repo_directory: /repo/LATISS
            collections: [LATISS/raw/all]
        """;

    [Fact]
    public void Load_ShippedDefaults_IsValid()
    {
        var options = OodsConfigurationLoader.LoadFile(RepoPaths.Path("config", "oods.yaml"));

        Assert.Equal("./var/landing", options.FileIngester!.ImageStagingDirectory);
        Assert.Equal(TimeSpan.FromSeconds(1), options.FileIngester.NewFileScanInterval.ToTimeSpan());
    }

    [Theory]
    [InlineData("atoods.yaml")]
    [InlineData("ccoods.yaml")]
    [InlineData("mtoods.yaml")]
    public void Load_ShippedExample_IsValid(string file)
    {
        var options = OodsConfigurationLoader.LoadFile(RepoPaths.Path("config", "examples", file));

        Assert.NotNull(options.FileIngester!.Butler!.CollectionCleaner);
    }

    [Fact]
    public void Load_MergeKeyInFlowMapping_OverridesAnchorValue()
    {
        var options = OodsConfigurationLoader.Load(Minimal, "test");

        Assert.Equal(TimeSpan.FromSeconds(5), options.FileIngester!.NewFileScanInterval.ToTimeSpan());
        Assert.Equal(20, options.FileIngester.BatchSize);
        Assert.Equal(["LATISS/raw/all"], options.FileIngester.Butler!.Collections);
    }

    [Fact]
    public void Load_ThreeMistakes_ListsAllThreeWithKeyPaths()
    {
        var yaml = Minimal
            .Replace("batch_size: 20", "batch_size: -1\n  batch_sise: 3", StringComparison.Ordinal)
            .Replace("lsst.obs.lsst.Latiss", "lsst.obs.lsst.NoSuchCamera", StringComparison.Ordinal);

        var e = Assert.Throws<ConfigurationException>(() => OodsConfigurationLoader.Load(yaml, "three.yaml"));

        Assert.Equal(3, e.Problems.Count);
        Assert.StartsWith("file_ingester.batch_sise (line 7): unknown key 'batch_sise'", e.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("file_ingester.batch_size: must be at least 1", e.Problems[1], StringComparison.Ordinal);
        Assert.StartsWith("file_ingester.butler.instrument: unknown instrument 'lsst.obs.lsst.NoSuchCamera'", e.Problems[2], StringComparison.Ordinal);
        Assert.Contains("three.yaml", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspelledRequiredKey_ReportsUnknownAndMissing()
    {
        var yaml = Minimal.Replace("bad_file_directory: /data/bad", "bad_file_directry: /data/bad", StringComparison.Ordinal);

        var e = Assert.Throws<ConfigurationException>(() => OodsConfigurationLoader.Load(yaml, "t"));

        Assert.Contains(e.Problems, p => p.StartsWith("file_ingester.bad_file_directry (line 5): unknown key", StringComparison.Ordinal));
        Assert.Contains("file_ingester.bad_file_directory: required", e.Problems);
    }

    [Fact]
    public void Load_WrongValueTypes_ReportsEachWithLine()
    {
        var yaml = Minimal
            .Replace("batch_size: 20", "batch_size: twenty", StringComparison.Ordinal)
            .Replace("collections: [LATISS/raw/all]", "collections: {a: b}", StringComparison.Ordinal);

        var e = Assert.Throws<ConfigurationException>(() => OodsConfigurationLoader.Load(yaml, "t"));

        Assert.Contains("file_ingester.batch_size (line 6): 'twenty' is not a valid whole number", e.Problems);
        Assert.Contains("file_ingester.butler.collections (line 11): expected a list", e.Problems);
    }

    [Fact]
    public void Load_InvalidYaml_ReportsLine()
    {
        var e = Assert.Throws<ConfigurationException>(() => OodsConfigurationLoader.Load("file_ingester: [unclosed", "bad.yaml"));

        Assert.Single(e.Problems);
        Assert.Contains("not valid YAML", e.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoIngester_SaysWhatIsMissing()
    {
        var e = Assert.Throws<ConfigurationException>(() => OodsConfigurationLoader.Load("default_interval: {seconds: 1}", "t"));

        Assert.Equal(["file_ingester: required unless `streams` lists at least one stream or `message_ingester` is given (the landing directory, staging, bad-file directory and butler of the stream)"], e.Problems);
    }

    [Fact]
    public void Load_CtrlOodsMessageIngester_IsAStreamOfItsOwn()
    {
        var options = OodsConfigurationLoader.Load("""
            default_interval: &interval {days: 0, hours: 0, minutes: 0, seconds: 0}
            message_ingester:
                kafka:
                    brokers: [kafka:9092]
                    topics: [atoods]
                    group_id: ATOODS
                    max_messages: 197
                    max_wait_time: 0.5
                    group_wait_time: 0.1
                    time_to_wait_without_data: 0.5
                butler:
                    ingest_scaling: {file_threshold: 150, num_workers: 2}
                    guider_max_age_seconds: 30
                    repo_directory: /data/repo
                    s3profile: testprofile
                    instrument: lsst.obs.lsst.LsstCam
                    collections: [LSSTCam/raw/all]
            """, "t");

        var ingester = Assert.IsType<MessageIngesterOptions>(options.MessageIngester);
        Assert.Null(options.FileIngester);
        Assert.Equal("testprofile", ingester.Butler!.S3profile);
        Assert.Equal(197, ingester.Kafka.MaxMessages);
        Assert.Equal(@".*\.(fits|fits\.fz)$", ingester.DatasetRegexp);
    }

    [Fact]
    public void Load_BadMessageIngester_ListsEveryProblem()
    {
        var e = Assert.Throws<ConfigurationException>(() => OodsConfigurationLoader.Load(
            Minimal + "\nmessage_ingester: {dataset_regexp: '(', kafka: {max_messages: 0}, s3: {header_bytes: 1000}, butler: {instrument: LATISS, repo_directory: /r, transfer: copy}}\n",
            "t"));

        Assert.Contains("message_ingester.kafka.brokers: at least one host:port required, none empty", e.Problems);
        Assert.Contains("message_ingester.kafka.topics: at least one topic required, none empty", e.Problems);
        Assert.Contains(e.Problems, p => p.StartsWith("message_ingester.kafka.group_id:", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.StartsWith("message_ingester.kafka.max_messages:", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.StartsWith("message_ingester.dataset_regexp:", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.StartsWith("message_ingester.s3.header_bytes:", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.StartsWith("message_ingester.butler.transfer: must be direct", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.StartsWith("message_ingester.name: 'LATISS' is already the name of file_ingester", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SameDirectoryTwice_IsRejected()
    {
        var yaml = Minimal.Replace("staging_directory: /data/staging", "staging_directory: /data/landing/", StringComparison.Ordinal);

        var e = Assert.Throws<ConfigurationException>(() => OodsConfigurationLoader.Load(yaml, "t"));

        Assert.Contains(e.Problems, p => p.Contains("must differ from file_ingester.image_staging_directory", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadFile_Missing_ReportsUnreadable()
    {
        var e = Assert.Throws<ConfigurationException>(() => OodsConfigurationLoader.LoadFile("/nonexistent/oods.yaml"));

        Assert.StartsWith("cannot read the file", e.Problems[0], StringComparison.Ordinal);
    }
}
