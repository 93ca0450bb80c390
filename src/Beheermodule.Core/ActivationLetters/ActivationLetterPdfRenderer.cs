using Beheermodule.Core.Levels;
using Beheermodule.Core.Pdf;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Templates;
using SkiaSharp;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>
/// Activation letters as one PDF to print: one A4 page per letter, in the order given. The wording lives in
/// templates/pdf/ActivationLetter.liquid; this class fills it in and streams the pages out.
/// The PDF holds the codes in clear: send it to the printer and do not keep it.
/// </summary>
public sealed class ActivationLetterPdfRenderer(TemplateRenderer templates)
{
    public const string TemplatePath = "pdf/ActivationLetter.liquid";

    private const int LettersAhead = 16;

    /// <summary>One letter as a PDF of one page.</summary>
    public byte[] Render(ActivationLetterModel letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var output = new MemoryStream();
        RenderBatch([letter], output);
        return output.ToArray();
    }

    /// <summary>
    /// Writes the letters to <paramref name="output"/> as one PDF, page by page as the letters are enumerated:
    /// neither the letters nor the pages are collected first, so a batch takes the memory of a few letters, plus
    /// what Skia keeps of every page until it writes the page tree at the end (about 1 KB a page: some 10 MB for
    /// 10,000 letters). <paramref name="progress"/> hears the number of letters done after each page. When a
    /// letter fails, the exception leaves an unfinished PDF in the output: throw it away. The output stays open.
    /// </summary>
    public void RenderBatch(IEnumerable<ActivationLetterModel> letters, Stream output, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(output);

        using var writer = new ActivationLetterPageWriter();
        SKDocument? document = null;
        try
        {
            var done = 0;
            // Filling in the template and laying out the page take a third of the time per letter; they run on a
            // second core, a few letters ahead, while this thread writes the PDF (which Skia can only do on one).
            foreach (var page in Lookahead.Select(letters, letter => Record(letter, writer), LettersAhead))
            {
                using (page)
                {
                    document ??= SKDocument.CreatePdf(output, Metadata(page.IssuerName));
                    var canvas = document.BeginPage(ActivationLetterPageWriter.PageWidth, ActivationLetterPageWriter.PageHeight);
                    canvas.DrawPicture(page.Picture);
                    document.EndPage();
                }
                progress?.Report(++done);
            }
            if (document is null)
            {
                throw new ArgumentException("A batch of activation letters needs at least one letter.", nameof(letters));
            }
            document.Close();
        }
        catch
        {
            // Disposing an open document would finish it as a valid PDF that lacks letters; abort makes it unusable.
            document?.Abort();
            throw;
        }
        finally
        {
            document?.Dispose();
        }
    }

    /// <summary>The letter's page drawn into a picture, which the PDF thread then only has to replay.</summary>
    private RecordedLetter Record(ActivationLetterModel letter, ActivationLetterPageWriter writer)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var markup = PdfMarkup.Parse(RenderMarkup(letter));
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(new SKRect(0, 0, ActivationLetterPageWriter.PageWidth, ActivationLetterPageWriter.PageHeight));
        writer.Draw(canvas, markup, letter.ApplicationReference);
        return new RecordedLetter(recorder.EndRecording(), letter.Issuer.Name);
    }

    private static SKDocumentPdfMetadata Metadata(string issuerName)
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = "Activeringsbrieven";
        metadata.Author = issuerName;
        metadata.Creator = issuerName;
        return metadata;
    }

    /// <summary>The template filled in for one letter: the markup that is laid out on the page.</summary>
    internal string RenderMarkup(ActivationLetterModel letter)
    {
        if (letter.Level == AssuranceLevel.EH1)
        {
            throw new ArgumentOutOfRangeException(nameof(letter), letter.Level, "EH1 codes are sent by e-mail, not by letter.");
        }
        if (ActivationCodeFormat.Normalise(letter.ActivationCode) != letter.ActivationCode)
        {
            throw new ArgumentException($"Letter {letter.ApplicationReference}: the activation code is not in its printed form XXXX-XXXX-XXXX.", nameof(letter));
        }
        // The template is parsed once and cached by TemplateRenderer; only filling it in happens per letter.
        return templates.Render(TemplatePath, new ActivationLetterTemplateModel(letter));
    }

    private sealed record RecordedLetter(SKPicture Picture, string IssuerName) : IDisposable
    {
        public void Dispose() => Picture.Dispose();
    }

    /// <summary>What the template sees: the letter with its dates and level as they are printed.</summary>
    private sealed record ActivationLetterTemplateModel(
        ActivationLetterRecipient Recipient,
        string HolderName,
        ActivationLetterOrganisation Organisation,
        string LevelName,
        string ActivationCode,
        string ValidUntilText,
        string DateText,
        string Reference,
        ActivationLetterIssuer Issuer)
    {
        public ActivationLetterTemplateModel(ActivationLetterModel letter)
            : this(
                letter.Recipient,
                letter.HolderName,
                letter.Organisation,
                letter.Level.DisplayName(),
                letter.ActivationCode,
                DutchDates.FormatWithTime(letter.ExpiresAt),
                DutchDates.Format(letter.LetterDate),
                letter.ApplicationReference,
                letter.Issuer)
        {
        }
    }
}
