using System.Text;
using Oods.Core.Metadata;

namespace Oods.Core.Tests.Metadata;

public sealed class Blake2bTests
{
    [Fact]
    public void Hash_Abc_MatchesRfc7693AppendixA()
    {
        var digest = Blake2b.Hash("abc"u8);

        Assert.Equal(
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
            Convert.ToHexStringLower(digest));
    }

    [Theory]
    [InlineData(0, "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce")]
    [InlineData(128, "082b91ea2e15d1556d2ceefdd5af5d64d31b4e01aff1959724578876293825b236ee8079173a0a38160d7d6685d6bca0bfb62c177b3599b8727d9173e2115b91")]
    public void Hash_EmptyAndExactBlock_MatchesPythonHashlib(int length, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Blake2b.Hash(Encoding.ASCII.GetBytes(length == 0 ? string.Empty : new string('x', length)))));

    [Fact]
    public void Hash_TwoBlocks_MatchesPythonHashlib()
    {
        var data = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        Assert.Equal(
            "1ecc896f34d3f9cac484c73f75f6a5fb58ee6784be41b35f46067b9c65c63a6794d3d744112c653f73dd7deb6666204c5a9bfa5b46081fc10fdbe7884fa5cbf8",
            Convert.ToHexStringLower(Blake2b.Hash(data)));
    }
}
