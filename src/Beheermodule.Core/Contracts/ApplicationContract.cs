using Beheermodule.Core.Issuer;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Contracts;

/// <summary>The contract PDF of a submitted application, always rebuilt from what was saved at submission.</summary>
public sealed class ApplicationContract(ContractPdfRenderer renderer, IOptions<IssuerOptions> issuer)
{
    public static string FileName(Application application) => $"contract-{application.Reference}.pdf";

    public byte[] Render(Application application) => renderer.Render(ToModel(application));

    public ContractModel ToModel(Application application)
    {
        if (!application.Level.NeedsContract())
        {
            throw new InvalidOperationException($"Application {application.Reference} is {application.Level.DisplayName()}: it has no contract.");
        }
        var fees = application.Fees;
        var lines = new List<ContractFeeLine>
        {
            new($"{fees.NumberOfMeans} × eHerkenningsmiddel {application.Level.DisplayName()}, eerste jaar ({DutchDates.Money(fees.FeePerMeansPerYear)} per stuk)", DutchDates.Money(fees.MeansTotal)),
        };
        if (fees.RushFee > 0)
        {
            lines.Add(new(application.Rush == RushOption.Courier ? "Spoedverwerking met koerier" : "Spoedverwerking: vandaag verwerken en posten", DutchDates.Money(fees.RushFee)));
        }
        if (fees.CourierFee > 0)
        {
            lines.Add(new("Koerierskosten", DutchDates.Money(fees.CourierFee)));
        }
        return new ContractModel
        {
            Reference = application.Reference,
            DateText = DutchDates.Format(application.SubmittedAt),
            Level = application.Level,
            LevelName = application.Level.DisplayName(),
            IsUpgrade = application.IsUpgrade,
            Organisation = new(application.OrganisationName, application.KvkNumber, application.BranchNumber, application.AddressLine),
            LegalRepresentatives = Persons(application, PersonRole.LegalRepresentative),
            JointlyAuthorised = application.JointlyAuthorised,
            AuthorizationManagers = Persons(application, PersonRole.AuthorizationManager),
            Users = application.PersonsIn(PersonRole.MeansHolder).Select(p => new ContractUser(
                p.Initials, p.Surname, DutchDates.Format(p.DateOfBirth), p.Email, p.Phone, p.Phone,
                p.RequestedServices.Select(r => $"{r.Service.ServiceProvider.Name} — {r.Service.Name} ({r.Service.RequiredLevel.DisplayName()})").ToList(),
                p.UpgradesMeansId is not null)).ToList(),
            EvidenceHolders = MeansRecipients.Of(application).Where(r => r.GetsMeans).Select(Backoffice.ApplicationChecklist.Describe).ToList(),
            Fees = new(lines, DutchDates.Money(fees.TotalExcludingVat), $"Btw {fees.VatRate * 100:0.#}%", DutchDates.Money(fees.Vat), DutchDates.Money(fees.TotalIncludingVat)),
            Rush = application.Rush switch
            {
                RushOption.SameDay => ContractRush.SameDay,
                RushOption.Courier => ContractRush.Courier,
                _ => ContractRush.None,
            },
            Issuer = new(issuer.Value.Name, issuer.Value.PostalAddress),
        };
    }

    private static List<ContractPerson> Persons(Application application, PersonRole role) =>
        application.PersonsIn(role).Select(p => new ContractPerson(p.Initials, p.Surname, DutchDates.Format(p.DateOfBirth), p.Email, p.Phone)).ToList();
}
