using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Authorization = Beheermodule.Core.Authorizations.Authorization;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

public sealed record SignedInBeheerder(BrowserLikeClient Client, int OrganisationId, int MeansId, TestAccount Account);

public static class Beheerders
{
    /// <summary>An EH3 holder of a new organisation with the beheerder role, signed in with password and code.</summary>
    public static async Task<SignedInBeheerder> SignInAsync(BeheermoduleFactory factory)
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        return await SignInAsync(factory, account, await factory.WithDbAsync(db => db.Means.SingleAsync(m => m.UserAccountId == account.Id)));
    }

    /// <summary>Gives <paramref name="means"/> the beheerder role, then signs its holder in.</summary>
    public static async Task<SignedInBeheerder> SignInAsync(BeheermoduleFactory factory, TestAccount account, Means means)
    {
        var today = DutchDates.Today(factory.Clock);
        await factory.WithDbAsync(db =>
        {
            db.Authorizations.Add(new Authorization
            {
                MeansId = means.Id, OrganisationId = means.OrganisationId, IsManagerRole = true, Status = AuthorizationStatus.Active,
                ValidFrom = today, ValidUntil = today.AddYears(5), CreatedAt = factory.Clock.GetUtcNow().UtcDateTime, GrantedBy = "test",
            });
            return db.SaveChangesAsync();
        });
        return new SignedInBeheerder(await SignInAccounts.SignInWithCodeAsync(factory, account), means.OrganisationId, means.Id, account);
    }

    /// <summary>
    /// A beheerder of a company the embedded KvK registry knows, whose earlier (approved) application named D. Duck as
    /// legal representative. One KvK number per organisation: use each number once per factory.
    /// </summary>
    public static async Task<SignedInBeheerder> OfRegisteredCompanyAsync(BeheermoduleFactory factory, string kvkNumber)
    {
        var beheerder = await SignInAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == beheerder.OrganisationId);
            organisation.KvkNumber = kvkNumber;
            var means = await db.Means.SingleAsync(m => m.Id == beheerder.MeansId);
            means.HolderDateOfBirth = new DateOnly(1980, 2, 3);
            means.HolderMobile = "0612345678";
            var application = await db.Applications.SingleAsync(a => a.Id == means.ApplicationId);
            application.KvkNumber = kvkNumber;
            // The means came from it, so it was approved; an open application would show in the overview.
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            application.MoveTo(ApplicationStatus.UnderReview, now);
            application.MoveTo(ApplicationStatus.Approved, now);
            application.Persons.Add(new ApplicationPerson
            {
                Role = PersonRole.LegalRepresentative, Initials = "D.", Surname = "Duck", DateOfBirth = new DateOnly(1970, 5, 1),
                Email = "dagobert@example.nl", Phone = "0201234567",
            });
            return await db.SaveChangesAsync();
        });
        return beheerder;
    }
}
