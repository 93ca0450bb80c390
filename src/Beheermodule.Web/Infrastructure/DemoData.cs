using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Infrastructure;

/// <summary>Development only: a few applications in several states, so every screen has something to show.</summary>
public sealed class DemoData(BeheermoduleDbContext db, StatusLinks statusLinks, FeeCalculator fees, AuditLog audit, TimeProvider clock, DemoLoginHints hints)
{
    private const string DemoMarker = "demo.seeded";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.AuditEvents.AnyAsync(e => e.Action == DemoMarker, cancellationToken))
        {
            await CreateAsync(cancellationToken);
        }
        var demo = await db.Applications.AsNoTracking()
            .Where(a => a.Reference.StartsWith("DEMO-"))
            .OrderBy(a => a.Reference)
            .ToListAsync(cancellationToken);
        hints.Add(demo.Select(a => $"Demo-aanvraag {a.Reference} ({a.Level.DisplayName()}, {a.Status.DisplayName()}): {statusLinks.UrlFor(a)}"));
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var services = await db.Services.ToDictionaryAsync(s => s.Name, cancellationToken);
        var specs = new[]
        {
            (Ref: "DEMO-2026-000001", Level: AssuranceLevel.EH3, Kvk: "69599084", Branch: "000038509504", Name: "Test EMZ Dagobert",
                Street: "Damrak", No: "1", Postcode: "1012 LG", City: "Amsterdam", Rush: RushOption.None, Path: new[] { ApplicationStatus.AwaitingContract }, Service: "Mijn RVO"),
            (Ref: "DEMO-2026-000002", Level: AssuranceLevel.EH2, Kvk: "68750110", Branch: (string?)null, Name: "Test BV Donald",
                Street: "Eendenweg", No: "13", Postcode: "3811 AB", City: "Amersfoort", Rush: RushOption.SameDay,
                Path: new[] { ApplicationStatus.AwaitingContract, ApplicationStatus.UnderReview }, Service: "het ondertekenen van e-Formulieren"),
            (Ref: "DEMO-2026-000003", Level: AssuranceLevel.EH2Plus, Kvk: "69599068", Branch: null, Name: "Test Stichting Bolderbast",
                Street: "Stationsplein", No: "5", Postcode: "8011 CW", City: "Zwolle", Rush: RushOption.None,
                Path: new[] { ApplicationStatus.AwaitingContract, ApplicationStatus.UnderReview, ApplicationStatus.Incomplete }, Service: "MijnOverheid Berichtenbox voor bedrijven"),
            (Ref: "DEMO-2026-000004", Level: AssuranceLevel.EH1, Kvk: "69599076", Branch: null, Name: "Test VOF Guus",
                Street: "Markt", No: "2", Postcode: "7411 PA", City: "Deventer", Rush: RushOption.None,
                Path: new[] { ApplicationStatus.AwaitingConfirmation }, Service: "toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel"),
        };
        foreach (var spec in specs)
        {
            var application = new Application
            {
                Reference = spec.Ref,
                Level = spec.Level,
                Rush = spec.Rush,
                KvkNumber = spec.Kvk,
                BranchNumber = spec.Branch,
                OrganisationName = spec.Name,
                LegalForm = "",
                Street = spec.Street,
                HouseNumber = spec.No,
                PostalCode = spec.Postcode,
                City = spec.City,
                Fees = fees.Quote(spec.Level, 1, spec.Rush),
                ConfirmationExpiresAt = spec.Level.NeedsContract() ? null : now.AddDays(7),
                Persons =
                [
                    Person(PersonRole.LegalRepresentative, "D.", "Duck", "dagobert.duck@example.nl", "0201234567"),
                    Person(PersonRole.AuthorizationManager, "K.", "Kwak", "kwik.kwak@example.nl", "0201234568"),
                    Person(PersonRole.MeansHolder, "G.", "Gans", "guus.gans@example.nl", "0612345678", services[spec.Service].Id),
                ],
            };
            statusLinks.Issue(application);
            application.Submit(now.AddDays(-spec.Path.Length));
            foreach (var status in spec.Path.Skip(1))
            {
                application.MoveTo(status, now, status == ApplicationStatus.Incomplete ? "Een kopie van het identiteitsbewijs van G. Gans ontbreekt." : null);
            }
            db.Applications.Add(application);
        }
        audit.Record(AuditActor.System("demo"), DemoMarker, details: $"{specs.Length} demo-aanvragen.");
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ApplicationPerson Person(PersonRole role, string initials, string surname, string email, string phone, int? serviceId = null) => new()
    {
        Role = role,
        Initials = initials,
        Surname = surname,
        DateOfBirth = new DateOnly(1980, 6, 9),
        Email = email,
        Phone = phone,
        RequestedServices = serviceId is null ? [] : [new RequestedService { ServiceId = serviceId.Value }],
    };
}

/// <summary>The lines the start-up banner prints about the demo data.</summary>
public sealed class DemoLoginHints
{
    private IReadOnlyList<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void Add(IEnumerable<string> lines) => _lines = [.. _lines, .. lines];
}
