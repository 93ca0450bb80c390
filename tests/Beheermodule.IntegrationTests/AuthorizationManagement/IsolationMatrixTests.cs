using System.Net;
using Beheermodule.Core.Authorizations;
using Authorization = Beheermodule.Core.Authorizations.Authorization;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>
/// Every role against every beheer page and action, for its own organisation and another: only a beheerder of the
/// organisation gets in; everyone else is sent to log in, refused, or told the organisation does not exist (404).
/// </summary>
public sealed class IsolationMatrixTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    public enum Role { Anonymous, Holder, BeheerderOfA, BeheerderOfB, Staff }

    public enum Target { OrganisationA, OrganisationB }

    private sealed record World(int OrganisationA, int OrganisationB, int MeansOfA, Dictionary<Role, HttpClient> Clients);

    private static readonly Once<World> TheWorld = new();

    /// <summary>Organisation A and B, each with a beheerder; A's machtiging is the target of the actions.</summary>
    private Task<World> WorldAsync() => TheWorld.GetAsync(async () =>
    {
        var people = await IsolationPeople.SignInAsync(factory);
        return new World(people.BeheerderOfA.OrganisationId, people.BeheerderOfB.OrganisationId, people.BeheerderOfA.MeansId, new()
        {
            [Role.Anonymous] = people.Anonymous,
            [Role.Holder] = people.Holder,
            [Role.BeheerderOfA] = people.BeheerderOfA.Client.Http,
            [Role.BeheerderOfB] = people.BeheerderOfB.Client.Http,
            [Role.Staff] = people.Staff.Client.Http,
        });
    });

    public static TheoryData<Role, Target, string> Cases()
    {
        var data = new TheoryData<Role, Target, string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var target in Enum.GetValues<Target>())
            {
                foreach (var action in new[] { "overzicht", "export", "machtiging-geven", "intrekken" })
                {
                    data.Add(role, target, action);
                }
            }
        }
        return data;
    }

    /// <summary>
    /// The revoke action always names a fresh machtiging of organisation A, posted against the organisation in the
    /// address: only A's beheerder, at A's address, ends it; B's beheerder at B's address gets 404 for the foreign id.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task OnlyTheOrganisationsOwnBeheerder_GetsIn(Role role, Target target, string action)
    {
        var world = await WorldAsync();
        var organisation = target == Target.OrganisationA ? world.OrganisationA : world.OrganisationB;
        var client = world.Clients[role];
        var machtiging = await MachtigingOfAAsync(world);

        var response = action switch
        {
            "overzicht" => await client.GetAsync($"/beheer/{organisation}"),
            "export" => await client.GetAsync($"/beheer/{organisation}?handler=Export"),
            "machtiging-geven" => await client.GetAsync($"/beheer/{organisation}/machtiging-geven"),
            _ => await PostRevokeAsync(client, organisation, machtiging),
        };

        var ownBeheerder = (role, target) is (Role.BeheerderOfA, Target.OrganisationA) or (Role.BeheerderOfB, Target.OrganisationB);
        var expected = role == Role.Anonymous ? HttpStatusCode.Redirect
            : !ownBeheerder ? HttpStatusCode.NotFound
            : action == "intrekken" ? (role == Role.BeheerderOfA ? HttpStatusCode.Redirect : HttpStatusCode.NotFound)
            : HttpStatusCode.OK;
        Assert.Equal(expected, response.StatusCode);
        if (role == Role.Anonymous)
        {
            Assert.StartsWith("/inloggen", response.Headers.Location!.AbsolutePath);
        }
        var revoked = action == "intrekken" && role == Role.BeheerderOfA && target == Target.OrganisationA;
        var status = await factory.WithDbAsync(db => db.Authorizations.Where(a => a.Id == machtiging).Select(a => a.Status).SingleAsync());
        Assert.Equal(revoked ? AuthorizationStatus.Revoked : AuthorizationStatus.Active, status);
    }

    private async Task<int> MachtigingOfAAsync(World world)
    {
        var today = DutchDates.Today(factory.Clock);
        var serviceId = await factory.WithDbAsync(db => db.Services.Select(s => s.Id).FirstAsync());
        var machtiging = new Authorization
        {
            MeansId = world.MeansOfA, OrganisationId = world.OrganisationA, ServiceId = serviceId, Status = AuthorizationStatus.Active,
            ValidFrom = today, ValidUntil = today.AddYears(1), CreatedAt = factory.Clock.GetUtcNow().UtcDateTime, GrantedBy = "test",
        };
        await factory.WithDbAsync(db => { db.Authorizations.Add(machtiging); return db.SaveChangesAsync(); });
        return machtiging.Id;
    }

    private static async Task<HttpResponseMessage> PostRevokeAsync(HttpClient client, int organisation, int machtiging)
    {
        var token = await AntiforgeryTokenAsync(client);
        return await client.PostAsync($"/beheer/{organisation}?handler=Revoke", new FormUrlEncodedContent(
        [
            new("AuthorizationId", machtiging.ToString()),
            new("__RequestVerificationToken", token ?? ""),
        ]));
    }

    /// <summary>Any page's token works for the same session; the log-in page has one for everybody.</summary>
    private static async Task<string?> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await BrowserLikeClient.ReadPageAsync(await client.GetAsync("/inloggen/wachtwoord-vergeten"));
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
    }
}
