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
}
