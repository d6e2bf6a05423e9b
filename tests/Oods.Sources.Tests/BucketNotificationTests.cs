using Oods.Sources.S3;
using Oods.TestUtilities;

namespace Oods.Sources.Tests;

/// <summary>Parsing the ctrl_oods sample notifications.</summary>
public sealed class BucketNotificationTests
{
    [Fact]
    public void SampleMessage_NamesBucketAndKey()
    {
        var item = Assert.Single(BucketNotification.Parse(File.ReadAllText(SharedData.Path("data", "ctrl_oods", "kafka_msg.json"))));

        Assert.Equal("rubin-pp", item.Bucket);
        Assert.Equal("HSC/73/2023061400090/0/6140090/HSC-Z/HSC-2023061400090-0-6140090-HSC-Z-73.fz", item.Key);
        Assert.Equal(18201600, item.Size);
        Assert.Equal("s3://p@rubin-pp/" + item.Key, item.RecordedUri("p"));
    }

    [Fact]
    public void BadSampleMessage_IsAFormatErrorNamingWhatIsMissing()
    {
        var e = Assert.Throws<FormatException>(() => BucketNotification.Parse(File.ReadAllText(SharedData.Path("data", "ctrl_oods", "bad_kafka_msg.json"))));

        Assert.Equal("no Records[0].s3", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"Records\": 3}")]
    [InlineData("{\"Records\": [{\"s3\": {\"bucket\": {\"name\": \"b\"}, \"object\": {\"key\": 7}}}]}")]
    public void OtherMalformedMessages_AreFormatErrors(string json) => Assert.Throws<FormatException>(() => BucketNotification.Parse(json));

    [Fact]
    public void EncodedKeys_AreDecoded()
    {
        var item = Assert.Single(BucketNotification.Parse("{\"Records\": [{\"s3\": {\"bucket\": {\"name\": \"b\"}, \"object\": {\"key\": \"a+b%2Bc.fits\"}}}]}"));

        Assert.Equal("a b+c.fits", item.Key);
    }
}
