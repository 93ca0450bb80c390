using Beheermodule.Core.Backoffice.Documents;

namespace Beheermodule.UnitTests.Backoffice.Documents;

public sealed class DocumentDisplayNameTests
{
    [Theory]
    [InlineData("Contract Jansen BV.pdf", "Contract Jansen BV.pdf")]
    [InlineData("/home/jan/contract.pdf", "contract.pdf")]
    [InlineData("C:\\Users\\jan\\Scans\\paspoort.jpg", "paspoort.jpg")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\boot.ini", "boot.ini")]
    [InlineData("map/sub\\rijbewijs.png", "rijbewijs.png")]
    [InlineData("con\u0000tract\r\n.pdf", "contract.pdf")]
    [InlineData("\tid-kaart\u001b[31m.png", "id-kaart[31m.png")]
    [InlineData("rapport\u202Efdp.exe", "rapportfdp.exe")]
    [InlineData("  scan.pdf  ", "scan.pdf")]
    [InlineData("Überweisung café.pdf", "Überweisung café.pdf")]
    public void DisplayName_KeepsOnlyASafeFileName(string original, string expected) =>
        Assert.Equal(expected, DocumentStore.DisplayName(original));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("map/")]
    [InlineData("C:\\")]
    [InlineData("..")]
    [InlineData("\u0000\u0001")]
    public void DisplayName_FallsBackToDocument(string? original) =>
        Assert.Equal("document", DocumentStore.DisplayName(original));

    [Fact]
    public void DisplayName_IsAtMost200Characters()
    {
        var name = DocumentStore.DisplayName("C:\\scans\\" + new string('a', 300) + ".pdf");

        Assert.Equal(new string('a', 200), name);
    }

    [Fact]
    public void DisplayName_DoesNotCutACharacterInHalf()
    {
        var name = DocumentStore.DisplayName(new string('a', 199) + "😀😀.pdf");

        Assert.Equal(new string('a', 199), name);
    }
}
