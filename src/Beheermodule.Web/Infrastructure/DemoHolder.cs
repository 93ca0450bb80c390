using System.Security.Cryptography;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Registration;
using Beheermodule.Core.ServiceLogin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Infrastructure;

/// <summary>
/// Development only: one activated EH3 holder, beheerder of a demo company, with a machtiging for MijnOverijssel, and
/// the demo service registered as a client, so the beheermodule and the log-in at a service can be tried at once.
/// The holder's code is on /dev/otp.
/// </summary>
public sealed class DemoHolder(
    UserManager<UserAccount> users,
    BeheermoduleDbContext db,
    OtpSeedProtector seeds,
    ServiceClients clients,
    FeeCalculator fees,
    StatusLinks statusLinks,
    TimeProvider clock,
    DemoLoginHints hints)
{
    public const string UserName = "demo-houder";
    public const string Password = "Zonnig-2026";
    public const string KvkNumber = "90112233";
    public const string ClientId = "mijnoverijssel-demo";
    public const string ClientSecret = "demo-geheim-2026";
    public const string DemoServiceAddress = "http://localhost:5090";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await users.FindByNameAsync(UserName) is null)
        {
            await SeedHolderAsync(cancellationToken);
        }
        if (!await clients.ExistsAsync(ClientId, cancellationToken))
        {
            var serviceId = await db.Services.Where(s => s.ServiceUuid == ServiceCatalogueSeed.MijnOverijssel).Select(s => s.Id).SingleAsync(cancellationToken);
            await clients.RegisterAsync(new ClientRegistration(serviceId, ClientId,
                [new Uri($"{DemoServiceAddress}/signin-oidc")], [new Uri($"{DemoServiceAddress}/signout-callback-oidc")], EntitledToNames: true),
                "demo", ClientSecret, cancellationToken);
        }
        hints.Add([
            $"Demo-houder (EH3, beheerder van Demo Overijssel Advies BV, machtiging voor MijnOverijssel): {UserName} / {Password}, code op /dev/otp",
            $"Demo-dienst MijnOverijssel: dotnet run --project src/Beheermodule.DemoService, dan {DemoServiceAddress}",
        ]);
    }

    private async Task SeedHolderAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DutchDates.Today(clock);
        var account = new UserAccount { UserName = UserName, Email = $"{UserName}@example.nl", EmailConfirmed = true, Initials = "J.", Surname = "Jansen" };
        var created = await users.CreateAsync(account, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo holder {UserName} could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.KvkNumber == KvkNumber, cancellationToken)
            ?? db.Organisations.Add(new Organisation
            {
                KvkNumber = KvkNumber, Name = "Demo Overijssel Advies BV", LegalForm = "Besloten Vennootschap",
                Street = "Luttenbergstraat", HouseNumber = "2", PostalCode = "8012 EE", City = "Zwolle", CreatedAt = now,
            }).Entity;
        var application = new Application
        {
            Reference = "DEMO-2026-000099", Level = AssuranceLevel.EH3, KvkNumber = KvkNumber, OrganisationName = organisation.Name,
            LegalForm = organisation.LegalForm, Street = organisation.Street, HouseNumber = organisation.HouseNumber,
            PostalCode = organisation.PostalCode, City = organisation.City,
            Fees = fees.Quote(AssuranceLevel.EH3, 1, RushOption.None),
            Persons =
            [
                new ApplicationPerson { Role = PersonRole.LegalRepresentative, Initials = "D.", Surname = "Dijkstra", DateOfBirth = new DateOnly(1968, 3, 14), Email = "d.dijkstra@example.nl", Phone = "0381234567" },
                new ApplicationPerson { Role = PersonRole.MeansHolder, Initials = "J.", Surname = "Jansen", DateOfBirth = new DateOnly(1985, 6, 1), Email = account.Email, Phone = "0612345678" },
            ],
        };
        // A real status link, as the demo's start-up banner lists every demo application's.
        statusLinks.Issue(application);
        application.Submit(now.AddDays(-14));
        application.MoveTo(ApplicationStatus.UnderReview, now.AddDays(-10));
        application.MoveTo(ApplicationStatus.Approved, now.AddDays(-9));
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);

        var means = db.Means.Add(new Means
        {
            Organisation = organisation, Level = AssuranceLevel.EH3, Status = MeansStatus.Active, ApplicationId = application.Id,
            ApplicationPersonId = application.Persons.Single(p => p.Role == PersonRole.MeansHolder).Id,
            HolderInitials = "J.", HolderSurname = "Jansen", HolderDateOfBirth = new DateOnly(1985, 6, 1), HolderEmail = account.Email,
            HolderMobile = "0612345678", UserAccountId = account.Id, CreatedAt = now.AddDays(-9), ActivatedAt = now.AddDays(-7),
        }).Entity;
        var mijnOverijssel = await db.Services.Where(s => s.ServiceUuid == ServiceCatalogueSeed.MijnOverijssel).Select(s => s.Id).SingleAsync(cancellationToken);
        db.Authorizations.AddRange(
            new Authorization { Means = means, Organisation = organisation, IsManagerRole = true, Status = AuthorizationStatus.Active, ValidFrom = today, ValidUntil = today.AddYears(5).AddDays(-1), CreatedAt = now, GrantedBy = "demo" },
            new Authorization { Means = means, Organisation = organisation, ServiceId = mijnOverijssel, Status = AuthorizationStatus.Active, ValidFrom = today, ValidUntil = today.AddYears(3).AddDays(-1), CreatedAt = now, GrantedBy = "demo" });
        db.OtpResponders.Add(new OtpResponder
        {
            UserAccountId = account.Id, Kind = OtpResponderKind.AuthenticatorApp, Label = "Demo-authenticator",
            ProtectedSeed = seeds.Protect(RandomNumberGenerator.GetBytes(20)), CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
