using Oods.Core.Metadata;

namespace Oods.Core.Tests.Metadata;

public sealed class ExposureIdsTests
{
    [Theory]
    [InlineData("20200128", 335, "O", 2020012800335)]
    [InlineData("20200128", 335, null, 2020012800335)]
    [InlineData("20190530", 1, "C", 3019053000001)]
    [InlineData("20231004", 7, "C", 3023100400007)]
    [InlineData("20231005", 7, "C", 2023100500007)]
    [InlineData("20240101", 7, "H", 4024010100007)]
    [InlineData("20260101", 7, "H", 4026010100007)]
    [InlineData("20250417", 9, "P", 5025041700009)]
    [InlineData("20250418", 9, "P", 2025041800009)]
    [InlineData("20250417", 9, "Q", 6025041700009)]
    [InlineData("20250418", 9, "Q", 2025041800009)]
    [InlineData("20250417", 9, "S", 7025041700009)]
    [InlineData("20250418", 9, "S", 2025041800009)]
    [InlineData("2025-04-18", 9, "S", 2025041800009)]
    [InlineData("2025-04-18T12:00:00", 99999, "O", 2025041899999)]
    public void Compute_ControllerAndDay_AppliesTodaysOffsets(string dayObs, long seqNum, string? controller, long expected) =>
        Assert.Equal(expected, ExposureIds.Compute(dayObs, seqNum, controller));

    [Theory]
    [InlineData("2025041", 1, "O")]
    [InlineData("20250418", 100000, "O")]
    [InlineData("20250418", 1, "X")]
    public void Compute_MalformedInput_ThrowsMetadataException(string dayObs, long seqNum, string controller) =>
        Assert.Throws<MetadataException>(() => ExposureIds.Compute(dayObs, seqNum, controller));
}
