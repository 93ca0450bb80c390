using Beheermodule.Core.Contracts;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Pdf;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Kvk;
using Beheermodule.Core.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// The mutation form of a change that needs a signature, as a PDF to print, sign and post, laid out as the contract:
/// reference and QR code, the change asked for, the means it concerns and a signature block. It repeats only what
/// the customer typed and the company's public name, so it tells nobody whether the pair matched a means.
/// </summary>
public sealed class MutationFormPdf(TemplateRenderer templates, IKvkRegistry registry, Data.BeheermoduleDbContext db, IOptions<IssuerOptions> issuer)
{
    public const string TemplatePath = "pdf/MutationForm.liquid";

    public static string FileName(Mutation mutation) => $"mutatieformulier-{mutation.Reference}.pdf";

    public async Task<byte[]> RenderAsync(Mutation mutation, CancellationToken cancellationToken = default)
    {
        var lookup = await registry.LookupAsync(KvkNumber.Parse(mutation.KvkNumber), cancellationToken);
        var service = mutation.ServiceId is { } serviceId
            ? await db.Services.Where(s => s.Id == serviceId).Select(s => s.ServiceProvider.Name + ": " + s.Name).SingleAsync(cancellationToken)
            : null;
        var model = new MutationFormModel(
            mutation.Reference,
            DutchDates.Format(mutation.ReceivedAt),
            mutation.Kind.DisplayName(),
            Change(mutation, service),
            mutation.KvkNumber,
            lookup.Company?.Name ?? "",
            mutation.HolderEmail ?? "",
            mutation.Remark,
            issuer.Value.Name,
            issuer.Value.PostalAddress);
        var markup = PdfMarkup.Parse(templates.Render(TemplatePath, new { Form = model }));
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = $"{markup.Title} {mutation.Reference}".Trim();
        metadata.Author = issuer.Value.Name;
        metadata.Creator = issuer.Value.Name;
        return ContractPageWriter.Write(markup, mutation.Reference, metadata);
    }

    private static string Change(Mutation mutation, string? service) => mutation.Kind switch
    {
        MutationKind.EndMeans => $"Het middel stopt op {(mutation.RequestedEndDate is { } end ? DutchDates.Format(end) : "de gekozen datum")}. De machtigingen ervan vervallen dan ook.",
        MutationKind.BranchToMainBranch => "Het middel komt op het KvK-nummer te staan in plaats van op het vestigingsnummer (tarief EUR 10). Dit kan alleen als de onderneming precies één vestiging heeft.",
        MutationKind.NewKvkNumber => $"De organisatie heeft een nieuw KvK-nummer: {mutation.NewKvkNumber}. Wij zetten een nieuwe aanvraag klaar; de huidige middelen eindigen zodra die is goedgekeurd.",
        MutationKind.HolderDetails => "De gegevens van de gebruiker worden: " + string.Join(", ", new[]
        {
            mutation.NewInitials is null && mutation.NewSurname is null ? null : $"naam {mutation.NewInitials ?? "(voorletters ongewijzigd)"} {mutation.NewSurname ?? "(achternaam ongewijzigd)"}",
            mutation.NewHolderEmail is null ? null : $"e-mailadres {mutation.NewHolderEmail}",
        }.Where(part => part is not null)) + ".",
        MutationKind.AuthorizationChange => mutation.AuthorizationAction == AuthorizationChangeAction.Revoke
            ? $"Trek de machtiging in van de gebruiker voor {service}."
            : $"Geef de gebruiker een machtiging voor {service}, {mutation.Years} jaar geldig.",
        _ => mutation.Kind.DisplayName(),
    };
}

/// <summary>What the template sees of one mutation form.</summary>
public sealed record MutationFormModel(
    string Reference, string DateText, string KindName, string Change, string KvkNumber, string OrganisationName,
    string HolderEmail, string? Remark, string IssuerName, IReadOnlyList<string> ReturnAddressLines);
