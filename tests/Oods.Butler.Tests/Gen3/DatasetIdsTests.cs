using Oods.Butler.Gen3;

namespace Oods.Butler.Tests.Gen3;

public sealed class DatasetIdsTests
{
    [Fact]
    public void Raw_LatissKeyFact_MatchesRealButler() =>
        Assert.Equal(Guid.Parse("4472ee27-49fd-5271-81d4-f754a447cc0b"), DatasetIds.Raw("LATISS/raw/all", "LATISS", 2021070100123, 0));

    [Fact]
    public void Raw_ComCamNativeWrite_MatchesRealButler() =>
        Assert.Equal(Guid.Parse("1f8a8a0c-2707-5cb7-bc89-88f725acfd51"), DatasetIds.Raw("LSSTComCam/raw/all", "LSSTComCam", 2024102700057, 4));

    [Fact]
    public void Raw_Metadata_UsesTheInstrumentRawRun() =>
        Assert.Equal("4472ee2749fd527181d4f754a447cc0b", DatasetIds.ToHex(DatasetIds.Raw(Gen3TestData.GoldenLatiss())));
}
