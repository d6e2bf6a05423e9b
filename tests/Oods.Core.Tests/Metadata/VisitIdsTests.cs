using Oods.Core.Metadata;

namespace Oods.Core.Tests.Metadata;

public sealed class VisitIdsTests
{
    [Fact]
    public void FromGroup_DatedGroup_IsSecondsSince2015WithMillisecondsAndCounter() =>
        Assert.Equal(2051245801230000, VisitIds.FromGroup("2021-07-02T03:03:00.123"));

    [Theory]
    [InlineData("2021-07-02T03:03:00.123+17")]
    [InlineData("2021-07-02T03:03:00.123#17")]
    public void FromGroup_DatedGroupWithCounter_AppendsFourDigitCounter(string group) =>
        Assert.Equal(2051245801230017, VisitIds.FromGroup(group));

    [Fact]
    public void FromGroup_IntegerGroup_IsThatInteger() =>
        Assert.Equal(3018092000065, VisitIds.FromGroup("3018092000065"));

    [Fact]
    public void FromGroup_OtherText_IsBlake2bPrefixWithLength() =>
        Assert.Equal(5045723704127994810, VisitIds.FromGroup("test_group"));

    [Fact]
    public void FromGroup_NonAsciiText_ThrowsMetadataException() =>
        Assert.Throws<MetadataException>(() => VisitIds.FromGroup("grüppe"));
}
