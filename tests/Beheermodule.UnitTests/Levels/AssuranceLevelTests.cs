using Beheermodule.Core.Levels;

namespace Beheermodule.UnitTests.Levels;

public class AssuranceLevelTests
{
    /// <summary>The order of strength from domain.md's levels table, written out here.</summary>
    private static readonly AssuranceLevel[] WeakestFirst =
        [AssuranceLevel.EH1, AssuranceLevel.EH2, AssuranceLevel.EH2Plus, AssuranceLevel.EH3, AssuranceLevel.EH4];

    [Theory]
    [InlineData(AssuranceLevel.EH1, "EH1")]
    [InlineData(AssuranceLevel.EH2, "EH2")]
    [InlineData(AssuranceLevel.EH2Plus, "EH2+")]
    [InlineData(AssuranceLevel.EH3, "EH3")]
    [InlineData(AssuranceLevel.EH4, "EH4")]
    public void DisplayName_Level_IsTheNamePeopleUse(AssuranceLevel level, string expected)
    {
        Assert.Equal(expected, level.DisplayName());
    }

    public static TheoryData<AssuranceLevel> EveryLevel() => new(Enum.GetValues<AssuranceLevel>());

    [Theory]
    [MemberData(nameof(EveryLevel))]
    public void TryParseDisplayName_DisplayName_RoundTrips(AssuranceLevel level)
    {
        Assert.True(AssuranceLevelExtensions.TryParseDisplayName(level.DisplayName(), out var parsed));
        Assert.Equal(level, parsed);
    }

    [Theory]
    [InlineData("eh1", AssuranceLevel.EH1)]
    [InlineData("Eh2", AssuranceLevel.EH2)]
    [InlineData("eh2+", AssuranceLevel.EH2Plus)]
    [InlineData(" EH2+ ", AssuranceLevel.EH2Plus)]
    [InlineData("EH2Plus", AssuranceLevel.EH2Plus)]
    [InlineData("eh2plus", AssuranceLevel.EH2Plus)]
    [InlineData("eH3", AssuranceLevel.EH3)]
    [InlineData("eh4", AssuranceLevel.EH4)]
    public void TryParseDisplayName_AnyCase_Parses(string value, AssuranceLevel expected)
    {
        Assert.True(AssuranceLevelExtensions.TryParseDisplayName(value, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("EH5")]
    [InlineData("EH 2")]
    [InlineData("EH2++")]
    [InlineData("2")]
    [InlineData("20")]
    [InlineData("EH")]
    public void TryParseDisplayName_Unknown_False(string? value)
    {
        Assert.False(AssuranceLevelExtensions.TryParseDisplayName(value, out _));
    }

    [Fact]
    public void All_EveryLevel_WeakestFirst()
    {
        Assert.Equal(WeakestFirst, AssuranceLevelExtensions.All);
    }

    [Theory]
    //          level                    contract otp    idCopy faceToFace pki
    [InlineData(AssuranceLevel.EH1, false, false, false, false, false)]
    [InlineData(AssuranceLevel.EH2, true, false, false, false, false)]
    [InlineData(AssuranceLevel.EH2Plus, true, true, true, false, false)]
    [InlineData(AssuranceLevel.EH3, true, true, true, true, false)]
    [InlineData(AssuranceLevel.EH4, true, true, true, true, true)]
    public void Needs_Level_MatchesLevelsTable(AssuranceLevel level, bool contract, bool otp, bool idDocumentCopy, bool faceToFace, bool pkiCertificate)
    {
        Assert.Equal(contract, level.NeedsContract());
        Assert.Equal(otp, level.NeedsOtp());
        Assert.Equal(idDocumentCopy, level.NeedsIdDocumentCopy());
        Assert.Equal(faceToFace, level.NeedsFaceToFaceCheck());
        Assert.Equal(pkiCertificate, level.NeedsPkiCertificate());
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2Plus, AssuranceLevel.EH2, true)]
    [InlineData(AssuranceLevel.EH2Plus, AssuranceLevel.EH2Plus, true)]
    [InlineData(AssuranceLevel.EH2Plus, AssuranceLevel.EH3, false)]
    [InlineData(AssuranceLevel.EH2, AssuranceLevel.EH2Plus, false)]
    [InlineData(AssuranceLevel.EH1, AssuranceLevel.EH2, false)]
    [InlineData(AssuranceLevel.EH4, AssuranceLevel.EH1, true)]
    [InlineData(AssuranceLevel.EH3, AssuranceLevel.EH4, false)]
    public void Satisfies_Examples(AssuranceLevel level, AssuranceLevel required, bool expected)
    {
        Assert.Equal(expected, level.Satisfies(required));
    }

    public static TheoryData<AssuranceLevel, AssuranceLevel> EveryPair()
    {
        var data = new TheoryData<AssuranceLevel, AssuranceLevel>();
        foreach (var level in WeakestFirst)
        {
            foreach (var required in WeakestFirst)
            {
                data.Add(level, required);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Satisfies_EveryPair_TrueWhenAtLeastAsStrong(AssuranceLevel level, AssuranceLevel required)
    {
        var expected = Array.IndexOf(WeakestFirst, level) >= Array.IndexOf(WeakestFirst, required);

        Assert.Equal(expected, level.Satisfies(required));
    }
}
