using Beheermodule.Core.Pdf;
using Beheermodule.Core.Templates;
using SkiaSharp;

namespace Beheermodule.Core.Contracts;

/// <summary>
/// The contract of an EH2-or-higher application as a PDF to print, sign and post (rule 2). The wording lives in
/// templates/pdf/Contract.liquid; this class only lays it out.
/// </summary>
public sealed class ContractPdfRenderer(TemplateRenderer templates)
{
    public const string TemplatePath = "pdf/Contract.liquid";

    public byte[] Render(ContractModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var markup = PdfMarkup.Parse(templates.Render(TemplatePath, new ContractTemplateModel(model, EnclosureChecklist.For(model.Level, model.EvidenceHolders))));
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = $"{markup.Title} {model.Reference}".Trim();
        metadata.Author = model.Issuer.Name;
        metadata.Creator = model.Issuer.Name;
        return ContractPageWriter.Write(markup, model.Reference, metadata);
    }

    /// <summary>What the template sees: the contract and what follows from it.</summary>
    private sealed record ContractTemplateModel(ContractModel Contract, IReadOnlyList<string> Enclosures);
}
