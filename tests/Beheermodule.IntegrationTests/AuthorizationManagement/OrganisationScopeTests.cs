using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Authorization = Beheermodule.Core.Authorizations.Authorization;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>
/// The global query filter behind every beheer page: once a request is narrowed to organisation A, the database
/// answers as if B's organisation, means, machtigingen, letters and codes did not exist, even to a query that names
/// B's ids without any organisation condition.
/// </summary>
public sealed class OrganisationScopeTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private sealed record Rows(int Organisation, int Means, int Authorization, int Letter, int Code);

    private async Task<Rows> OrganisationWithEverythingAsync()
    {
        var fixture = await ManagedOrganisationFixture.CreateAsync(factory);
        var meansId = await fixture.AddMeansAsync(AssuranceLevel.EH3);
        var authorizationId = await fixture.AddManagerRoleAsync(meansId);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var applicationId = await factory.WithDbAsync(db => db.Means.Where(m => m.Id == meansId).Select(m => m.ApplicationId).SingleAsync());
        var letter = new ActivationLetter
        {
            MeansId = meansId, ApplicationId = applicationId, RecipientName = "D. Duck", Street = "Dorpsstraat", HouseNumber = "1", PostalCode = "1234 AB", City = "Duckstad",
            CreatedAt = now, Reason = "test",
        };
        var code = new ActivationCode { MeansId = meansId, CodeHash = SecretToken.Hash(Guid.NewGuid().ToString()), IssuedAt = now, ExpiresAt = now.AddDays(30) };
        await factory.WithDbAsync(db => { db.ActivationLetters.Add(letter); db.ActivationCodes.Add(code); return db.SaveChangesAsync(); });
        return new(fixture.Organisation.Id, meansId, authorizationId, letter.Id, code.Id);
    }

    private async Task<(int Organisations, int Means, int Authorizations, int Letters, int Codes)> VisibleAsync(Rows rows, int? narrowTo)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        if (narrowTo is { } organisationId)
        {
            scope.ServiceProvider.GetRequiredService<OrganisationScope>().NarrowTo(organisationId);
        }
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        return (
            await db.Organisations.CountAsync(o => o.Id == rows.Organisation),
            await db.Means.CountAsync(m => m.Id == rows.Means),
            await db.Authorizations.CountAsync(a => a.Id == rows.Authorization),
            await db.ActivationLetters.CountAsync(l => l.Id == rows.Letter),
            await db.ActivationCodes.CountAsync(c => c.Id == rows.Code));
    }

    [Fact]
    public async Task NarrowedToA_BsRowsAreInvisible_AndAsOwnStayVisible()
    {
        var a = await OrganisationWithEverythingAsync();
        var b = await OrganisationWithEverythingAsync();

        Assert.Equal((1, 1, 1, 1, 1), await VisibleAsync(a, narrowTo: a.Organisation));
        Assert.Equal((0, 0, 0, 0, 0), await VisibleAsync(b, narrowTo: a.Organisation));
        Assert.Equal((1, 1, 1, 1, 1), await VisibleAsync(b, narrowTo: null));
    }

    [Fact]
    public async Task NarrowedToA_FindingBsMachtigingById_FindsNothing_AndCannotChangeIt()
    {
        var a = await OrganisationWithEverythingAsync();
        var b = await OrganisationWithEverythingAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().NarrowTo(a.Organisation);
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();

        Assert.Null(await db.Authorizations.FindAsync(b.Authorization));
        Assert.Equal(0, await db.Authorizations.Where(x => x.Id == b.Authorization)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, AuthorizationStatus.Revoked)));
        Assert.Equal(AuthorizationStatus.Active, (await factory.WithDbAsync(d => d.Authorizations.SingleAsync(x => x.Id == b.Authorization))).Status);
    }

    [Fact]
    public async Task EnteringAManagedOrganisation_NarrowsTheRequest_AndAnotherLeavesItOpen()
    {
        var beheerder = await Beheerders.SignInAsync(factory);
        var other = await ManagedOrganisationFixture.CreateAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var managed = scope.ServiceProvider.GetRequiredService<ManagedOrganisations>();
        var organisationScope = scope.ServiceProvider.GetRequiredService<OrganisationScope>();

        Assert.Null(await managed.EnterAsync(beheerder.Account.Id, other.Organisation.Id));
        Assert.Null(organisationScope.OrganisationId);
        Assert.NotNull(await managed.EnterAsync(beheerder.Account.Id, beheerder.OrganisationId));
        Assert.Equal(beheerder.OrganisationId, organisationScope.OrganisationId);
        Assert.Throws<InvalidOperationException>(() => organisationScope.NarrowTo(other.Organisation.Id));
    }
}
