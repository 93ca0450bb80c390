using Beheermodule.Core.Pdf;

namespace Beheermodule.UnitTests.Pdf;

public sealed class PdfMarkupTests
{
    [Fact]
    public void Address_and_code_lines_become_their_own_elements()
    {
        var markup = PdfMarkup.Parse("[address]  Test BV Donald \n[address]1012 LG  AMSTERDAM\n[code]ABCD-EFGH-JKMN");

        Assert.Equal(
            [new MarkupElement.AddressLine("Test BV Donald"), new MarkupElement.AddressLine("1012 LG  AMSTERDAM"), new MarkupElement.Code("ABCD-EFGH-JKMN")],
            markup.Elements);
    }

    [Fact]
    public void A_numbered_line_is_a_step_with_its_number_as_the_mark()
    {
        var markup = PdfMarkup.Parse("1. Ga naar de site.\n12. Log in.\n- Een opsomming");

        Assert.Equal(
            [new MarkupElement.Bullet("Ga naar de site.", "1."), new MarkupElement.Bullet("Log in.", "12."), new MarkupElement.Bullet("Een opsomming")],
            markup.Elements);
    }

    [Theory]
    [InlineData("1.5 procent is genoeg.")]
    [InlineData("123. Te veel cijfers.")]
    [InlineData("2026 was een goed jaar.")]
    public void Other_lines_that_start_with_a_number_stay_paragraphs(string line)
    {
        Assert.Equal([new MarkupElement.Paragraph(line)], PdfMarkup.Parse(line).Elements);
    }

    [Fact]
    public void A_numbered_row_stays_a_row()
    {
        Assert.IsType<MarkupElement.Row>(Assert.Single(PdfMarkup.Parse("1. Kosten || € 10,00").Elements));
    }
}
