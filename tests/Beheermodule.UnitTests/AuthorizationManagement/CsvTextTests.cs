using Beheermodule.Core.AuthorizationManagement;

namespace Beheermodule.UnitTests.AuthorizationManagement;

public sealed class CsvTextTests
{
    private static string[][] Cells(string text) => CsvText.Read(text).Select(r => r.Cells.ToArray()).ToArray();

    [Theory]
    [InlineData("a;b;c\n1;2;3")]
    [InlineData("a,b,c\n1,2,3")]
    [InlineData("a\tb\tc\n1\t2\t3")]
    public void TheHeaderLine_DecidesTheSeparator(string text) =>
        Assert.Equal([["a", "b", "c"], ["1", "2", "3"]], Cells(text));

    [Fact]
    public void QuotedCells_KeepSeparatorsQuotesAndLineBreaks() =>
        Assert.Equal([["naam", "opmerking"], ["de Vries; P.", "zei \"ja\"\nen ging"]],
            Cells("naam;opmerking\r\n\"de Vries; P.\";\"zei \"\"ja\"\"\nen ging\"\r\n"));

    [Fact]
    public void EachRecord_KnowsTheLineItStartsOn_AfterALineBreakInsideQuotes()
    {
        var records = CsvText.Read("kop;tekst\n1;\"twee\nregels\"\n3;x\r\n4;y");
        Assert.Equal([1, 2, 4, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void AByteOrderMark_IsNotPartOfTheFirstColumnsName() =>
        Assert.Equal("voorletters", Cells("\uFEFFvoorletters;achternaam\nJ.;Jansen")[0][0]);

    [Fact]
    public void EmptyCellsAndATrailingSeparator_AreKeptAsEmptyCells() =>
        Assert.Equal([["a", "b", ""], ["", "2", ""]], Cells("a;b;\n;2;"));

    [Fact]
    public void EmptyText_IsOneEmptyRecord() =>
        Assert.Equal([[]], Cells(""));
}
