using System.Net;
using System.Security.Cryptography;
using System.Text;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.AuthorizationManagement;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Otp;
using Beheermodule.IntegrationTests.ServiceLogin;
using Beheermodule.Web.Accounts.Profile;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Authorization = Beheermodule.Core.Authorizations.Authorization;

namespace Beheermodule.IntegrationTests.Security;

/// <summary>
/// Every role against every profile and backoffice page and action, for organisation A's and B's data: a person sees
/// and changes only their own account, only staff get into the backoffice (for every organisation alike), and an
/// organisation or role named in a posted form never counts. Each case checks the answer and the row it aimed at.
/// </summary>
public sealed class ProfileAndBackofficeIsolationTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    public enum Role { Anonymous, Holder, BeheerderOfA, BeheerderOfB, Staff }

    public enum Target { OrganisationA, OrganisationB }

    /// <summary>A signed-in person of the world; the anonymous visitor has no account.</summary>
    private sealed record Person(HttpClient Http, string Id, string UserName, string Email, string Password, string? KvkNumber);

    private sealed record World(int OrganisationA, int OrganisationB, string KvkA, string KvkB, int MeansOfA, int MeansOfB, Dictionary<Role, Person> People)
    {
        public int Organisation(Target target) => target == Target.OrganisationA ? OrganisationA : OrganisationB;

        public string Kvk(Target target) => target == Target.OrganisationA ? KvkA : KvkB;

        /// <summary>Whose account an action of <paramref name="role"/> tries to reach: always a beheerder other than themselves.</summary>
        public Person VictimOf(Role role) => People[role == Role.BeheerderOfA ? Role.BeheerderOfB : Role.BeheerderOfA];

        /// <summary>A form on B's own overview that also names organisation A, in the fields a forger would try.</summary>
        public Task<HttpResponseMessage> BeheerderOfBPostsAsync(string handler, params (string Name, string Value)[] fields) =>
            PostAsync(People[Role.BeheerderOfB].Http, $"/beheer/{OrganisationB}?handler={handler}",
                [.. fields, ("OrganisationId", OrganisationA.ToString()), ("organisatie", OrganisationA.ToString()), ("IsManagerRole", "true")]);
    }

    private BeheermoduleFactory Factory => factory;

    private static readonly Once<World> TheWorld = new();

    private Task<World> WorldAsync() => TheWorld.GetAsync(async () =>
    {
        var people = await IsolationPeople.SignInAsync(factory);
        var (a, b, holderAccount, staff) = (people.BeheerderOfA, people.BeheerderOfB, people.HolderAccount, people.Staff);
        var staffAccount = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == staff.UserName));
        var kvkA = await KvkOfAsync(a.OrganisationId);
        var kvkB = await KvkOfAsync(b.OrganisationId);
        var holderKvk = await factory.WithDbAsync(db => db.Means.Where(m => m.UserAccountId == holderAccount.Id).Select(m => m.Organisation.KvkNumber).SingleAsync());
        // Every test organisation is called "Test BV Donald"; a name of its own shows whose data a page leaks.
        await factory.WithDbAsync(db => db.Organisations.Where(o => o.KvkNumber == kvkA || o.KvkNumber == kvkB || o.KvkNumber == holderKvk)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, o => "Organisatie " + o.KvkNumber)));
        return new World(a.OrganisationId, b.OrganisationId, kvkA, kvkB, a.MeansId, b.MeansId, new()
        {
            [Role.Anonymous] = new(people.Anonymous, "", "", "", "", null),
            [Role.Holder] = Of(people.Holder, holderAccount, holderKvk),
            [Role.BeheerderOfA] = Of(a.Client.Http, a.Account, kvkA),
            [Role.BeheerderOfB] = Of(b.Client.Http, b.Account, kvkB),
            [Role.Staff] = new(staff.Client.Http, staffAccount.Id, staff.UserName, staffAccount.Email!,
                DemoStaff.Accounts.Single(s => s.UserName == staff.UserName).Password, null),
        });
    });

    private static Person Of(HttpClient http, TestAccount account, string kvk) => new(http, account.Id, account.UserName, account.Email, SignInAccounts.Password, kvk);

    private Task<string> KvkOfAsync(int organisationId) =>
        factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisationId).Select(o => o.KvkNumber).SingleAsync());

    // ---------------------------------------------------------------- profile

    /// <summary>The profile pages; true where the page shows the person's own e-mail address.</summary>
    private static readonly Dictionary<string, bool> ProfilePages = new()
    {
        ["/profiel"] = true,
        ["/profiel/e-mail"] = true,
        ["/profiel/e-mail-bevestigen"] = false,
        ["/profiel/responder-vervangen"] = false,
        ["/profiel/wachtwoord"] = false,
    };

    public static TheoryData<Role, string> ProfilePageCases() => Matrix(ProfilePages.Keys);

    [Theory]
    [MemberData(nameof(ProfilePageCases))]
    public async Task ProfilePage_ShowsOnlyTheSignedInPersonsOwnData(Role role, string path)
    {
        var world = await WorldAsync();
        var me = world.People[role];

        var response = await me.Http.GetAsync(path);

        if (role == Role.Anonymous)
        {
            AssertSentToLogIn(response);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        if (ProfilePages[path])
        {
            Assert.Contains(me.Email, html);
        }
        if (path == "/profiel" && me.KvkNumber is { } own)
        {
            Assert.Contains($"Organisatie {own}", html);
        }
        foreach (var other in world.People.Where(p => p.Key != role && p.Key != Role.Anonymous).Select(p => p.Value))
        {
            // The demo staff account is called "helpdesk", a word every page uses; its address is unique enough.
            if (other.UserName != "helpdesk")
            {
                Assert.DoesNotContain(other.UserName, html);
            }
            Assert.DoesNotContain(other.Email, html);
            if (other.KvkNumber is { } kvk && kvk != me.KvkNumber)
            {
                Assert.DoesNotContain(kvk, html);
            }
        }
    }

    /// <summary>
    /// Each profile action aimed at another person's account: an account id or username smuggled into the form, or
    /// another person's confirmation link or authenticator seal. It may change the person's own account (the e-mail
    /// request and the password change must, for the person), never the other's. The anonymous visitor is sent to log in.
    /// </summary>
    private static readonly Dictionary<string, Func<ProfileAndBackofficeIsolationTests, Person, Person, Task>> ProfileActions = new()
    {
        ["e-mail-wijzigen"] = (test, me, victim) => test.RequestEmailChangeAsync(me, victim),
        ["e-mail-bevestigen-met-link-van-ander"] = (test, me, victim) => test.ConfirmOthersEmailChangeAsync(me, victim),
        ["wachtwoord-wijzigen"] = (test, me, victim) => test.ChangePasswordAsync(me, victim),
        ["responder-vervangen-met-zegel-van-ander"] = (test, me, victim) => test.ReplaceResponderWithOthersSealAsync(me, victim),
    };

    public static TheoryData<Role, string> ProfileActionCases() => Matrix(ProfileActions.Keys);

    [Theory]
    [MemberData(nameof(ProfileActionCases))]
    public async Task ProfileAction_TouchesOnlyTheSignedInPersonsOwnAccount(Role role, string action)
    {
        var world = await WorldAsync();
        var me = world.People[role];
        var victim = world.VictimOf(role);
        var victimBefore = await AccountStateAsync(victim.Id);

        await ProfileActions[action](this, me, victim);

        Assert.Equal(victimBefore, await AccountStateAsync(victim.Id));
    }

    private async Task RequestEmailChangeAsync(Person me, Person victim)
    {
        var newEmail = $"nieuw-{Guid.NewGuid():N}@example.nl";
        var response = await PostAsync(me.Http, "/profiel/e-mail",
            ("Input.NewEmail", newEmail), ("UserId", victim.Id), ("AccountId", victim.Id), ("Id", victim.Id), ("UserName", victim.UserName), ("Input.UserName", victim.UserName));

        var requests = await factory.WithDbAsync(db => db.AuditEvents
            .Where(e => e.Action == "account.email-change-requested" && e.Details!.EndsWith(newEmail)).Select(e => new { e.Actor, e.Details }).ToListAsync());
        if (me.Id.Length == 0)
        {
            AssertSentToLogIn(response);
            Assert.Empty(requests);
            return;
        }
        AssertRedirectTo("/profiel", response);
        var request = Assert.Single(requests);
        Assert.Equal($"account:{me.UserName}", request.Actor);
        Assert.Equal($"{me.Email} -> {newEmail}", request.Details);
    }

    private async Task ConfirmOthersEmailChangeAsync(Person me, Person victim)
    {
        var newEmail = $"nieuw-{Guid.NewGuid():N}@example.nl";
        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            code = await users.GenerateChangeEmailTokenAsync((await users.FindByIdAsync(victim.Id))!, newEmail);
        }
        var myBefore = me.Id.Length == 0 ? null : await AccountStateAsync(me.Id);
        var path = $"/profiel/e-mail-bevestigen?adres={Uri.EscapeDataString(newEmail)}&code={Uri.EscapeDataString(code)}";

        var response = await PostAsync(me.Http, path, ("UserId", victim.Id), ("AccountId", victim.Id));

        if (me.Id.Length == 0)
        {
            AssertSentToLogIn(response);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(ConfirmEmailModel.LinkRefused), await response.Content.ReadAsStringAsync());
        Assert.Equal(myBefore, await AccountStateAsync(me.Id));
    }

    private async Task ChangePasswordAsync(Person me, Person victim)
    {
        var myHashBefore = me.Id.Length == 0 ? null : await PasswordHashAsync(me.Id);
        var newPassword = $"Regen-{RandomNumberGenerator.GetInt32(1000, 9999)}";

        var response = await PostAsync(me.Http, "/profiel/wachtwoord",
            ("Input.CurrentPassword", me.Password), ("Input.NewPassword", newPassword),
            ("UserId", victim.Id), ("AccountId", victim.Id), ("UserName", victim.UserName), ("Input.UserName", victim.UserName));

        if (me.Id.Length == 0)
        {
            AssertSentToLogIn(response);
            return;
        }
        AssertRedirectTo("/profiel/wachtwoord", response);
        Assert.NotEqual(myHashBefore, await PasswordHashAsync(me.Id));
        // The world's accounts keep their known password for the next case; the session keeps its fresh cookie.
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == me.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, myHashBefore)));
    }

    private async Task ReplaceResponderWithOthersSealAsync(Person me, Person victim)
    {
        var seed = RandomNumberGenerator.GetBytes(20);
        string sealedForVictim;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            sealedForVictim = scope.ServiceProvider.GetRequiredService<OtpSeedProtector>().SealForEnrolment(seed, victim.Id);
        }
        var myBefore = me.Id.Length == 0 ? null : await AccountStateAsync(me.Id);

        var response = await PostAsync(me.Http, "/profiel/responder-vervangen",
            ("SealedSeed", sealedForVictim), ("Code", TotpCode.Compute(seed, factory.Clock.GetUtcNow())), ("UserId", victim.Id));

        if (me.Id.Length == 0)
        {
            AssertSentToLogIn(response);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(ReplaceResponderModel.WrongCode), await response.Content.ReadAsStringAsync());
        Assert.Equal(myBefore, await AccountStateAsync(me.Id));
    }

    /// <summary>Everything an account action could change: address, password, stamp and responders.</summary>
    private Task<string> AccountStateAsync(string accountId) => factory.WithDbAsync(async db =>
    {
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Id == accountId);
        var responders = await db.OtpResponders.AsNoTracking().Where(r => r.UserAccountId == accountId).OrderBy(r => r.Id)
            .Select(r => $"{r.Id}:{r.Status}:{r.ProtectedSeed}").ToListAsync();
        return $"{account.Email}|{account.PasswordHash}|{account.SecurityStamp}|{account.LockoutEnd}|{string.Join(",", responders)}";
    });

    private Task<string?> PasswordHashAsync(string accountId) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == accountId).Select(u => u.PasswordHash).SingleAsync());

    // ---------------------------------------------------------------- backoffice

    /// <summary>
    /// One request against a row of the target organisation. <see cref="Changed"/> says whether the row took the change;
    /// <see cref="StaffSees"/> is what staff must find in the page (or the address it sends them to).
    /// </summary>
    private sealed record Probe(Func<HttpClient, Task<HttpResponseMessage>> Send, Func<Task<bool>> Changed, HttpStatusCode StaffStatus, string? StaffSees = null);

    /// <summary>For a page that only shows: there is no row to change.</summary>
    private static readonly Func<Task<bool>> ReadOnly = () => Task.FromResult(false);

    /// <summary>
    /// Every backoffice page (its route) and a state-changing action on each page that has one (route|handler): one
    /// entry each. /backoffice has only the scan box, and /backoffice/mutaties only lists; both change nothing.
    /// </summary>
    private static readonly Dictionary<string, Func<ProfileAndBackofficeIsolationTests, World, Target, Task<Probe>>> BackofficeActions = new()
    {
        ["/backoffice"] = async (t, w, target) =>
        {
            var (_, reference) = await t.NewApplicationAsync(w.Kvk(target));
            return new(c => c.GetAsync($"/backoffice?status=AwaitingContract&zoek={reference}"), ReadOnly, HttpStatusCode.OK, reference);
        },
        ["/backoffice|Scan"] = async (t, w, target) =>
        {
            var (id, reference) = await t.NewApplicationAsync(w.Kvk(target));
            return new(c => PostAsync(c, "/backoffice?handler=Scan", ("reference", reference)), ReadOnly, HttpStatusCode.Redirect, StaffDesk.PathOf(id));
        },
        ["/backoffice/aanvragen/{id}"] = async (t, w, target) =>
        {
            var (id, reference) = await t.NewApplicationAsync(w.Kvk(target));
            return new(c => c.GetAsync(StaffDesk.PathOf(id)), ReadOnly, HttpStatusCode.OK, reference);
        },
        ["/backoffice/aanvragen/{id}|ContractReceived"] = async (t, w, target) =>
        {
            var (id, _) = await t.NewApplicationAsync(w.Kvk(target));
            var version = await t.Factory.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
            return new(c => PostAsync(c, $"{StaffDesk.PathOf(id)}?handler=ContractReceived",
                    ("Version", version.ToString()), ("ReceivedOn", t.Factory.DateInput())),
                () => t.Factory.WithDbAsync(db => db.Applications.AnyAsync(a => a.Id == id && a.Status == ApplicationStatus.UnderReview)),
                HttpStatusCode.Redirect);
        },
        ["/backoffice/accounts"] = async (t, w, target) =>
        {
            var (account, _) = await t.NewHolderAsync(w.Organisation(target));
            return new(c => c.GetAsync($"/backoffice/accounts?zoek={account.UserName}"), ReadOnly, HttpStatusCode.OK, account.Email);
        },
        ["/backoffice/accounts|Unlock"] = async (t, w, target) =>
        {
            var (account, _) = await t.NewHolderAsync(w.Organisation(target));
            var lockedUntil = t.Factory.Clock.GetUtcNow().AddHours(1);
            await t.Factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, lockedUntil)));
            return new(c => PostAsync(c, "/backoffice/accounts?handler=Unlock", ("AccountId", account.Id), ("Search", account.UserName)),
                () => t.Factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == account.Id && u.LockoutEnd == null)),
                HttpStatusCode.Redirect);
        },
        ["/backoffice/brieven"] = (_, _, _) => Task.FromResult(new Probe(c => c.GetAsync("/backoffice/brieven"), ReadOnly, HttpStatusCode.OK)),
        ["/backoffice/brieven|Queue"] = async (t, w, target) =>
        {
            var letter = await t.NewWaitingLetterAsync(w.Organisation(target));
            return new(c => PostAsync(c, "/backoffice/brieven?handler=Queue"),
                () => t.Factory.WithDbAsync(db => db.ActivationLetters.AnyAsync(l => l.Id == letter && l.PrintBatchId != null)),
                HttpStatusCode.Redirect);
        },
        ["/backoffice/diensten"] = async (t, _, _) =>
        {
            var client = await ServiceLoginFlow.RegisterAsync(t.Factory);
            return new(c => c.GetAsync("/backoffice/diensten"), ReadOnly, HttpStatusCode.OK, client.ClientId);
        },
        ["/backoffice/diensten|RenewSecret"] = async (t, _, _) =>
        {
            var client = await ServiceLoginFlow.RegisterAsync(t.Factory);
            var version = await ServiceLoginFlow.SecretVersionAsync(t.Factory, client.ClientId);
            return new(c => PostAsync(c, "/backoffice/diensten?handler=RenewSecret", ("ClientId", client.ClientId), ("Version", version)),
                async () => !await t.ClientSecretWorksAsync(client.ClientId, client.Secret),
                HttpStatusCode.OK, client.ClientId);
        },
        ["/backoffice/mutaties"] = async (t, w, target) =>
        {
            var (_, reference) = await t.NewBankAccountMutationAsync(w.Kvk(target));
            return new(c => c.GetAsync("/backoffice/mutaties"), ReadOnly, HttpStatusCode.OK, reference);
        },
        ["/backoffice/mutaties/rekeningnummer"] = (_, _, _) => Task.FromResult(new Probe(c => c.GetAsync("/backoffice/mutaties/rekeningnummer"), ReadOnly, HttpStatusCode.OK)),
        ["/backoffice/mutaties/rekeningnummer|Post"] = (t, w, target) =>
        {
            var organisation = w.Organisation(target);
            var remark = "SEPA " + Guid.NewGuid().ToString("N")[..8];
            return Task.FromResult(new Probe(c => PostAsync(c, "/backoffice/mutaties/rekeningnummer",
                    ("Input.KvkNumber", w.Kvk(target)), ("Input.Iban", SepaIban), ("Input.Remark", remark)),
                () => t.Factory.WithDbAsync(db => db.Mutations.AnyAsync(m => m.OrganisationId == organisation && m.Remark == remark)),
                HttpStatusCode.Redirect));
        },
        ["/backoffice/mutaties/{id}"] = async (t, w, target) =>
        {
            var (id, reference) = await t.NewBankAccountMutationAsync(w.Kvk(target));
            return new(c => c.GetAsync($"/backoffice/mutaties/{id}"), ReadOnly, HttpStatusCode.OK, reference);
        },
        ["/backoffice/mutaties/{id}|Reject"] = async (t, w, target) =>
        {
            var (id, _) = await t.NewBankAccountMutationAsync(w.Kvk(target));
            var version = await t.Factory.WithDbAsync(db => db.Mutations.Where(m => m.Id == id).Select(m => m.Version).SingleAsync());
            return new(c => PostAsync(c, $"/backoffice/mutaties/{id}?handler=Reject", ("Version", version.ToString()), ("RejectionReason", "Handtekening ontbreekt.")),
                () => t.Factory.WithDbAsync(db => db.Mutations.AnyAsync(m => m.Id == id && m.Status == MutationStatus.Rejected)),
                HttpStatusCode.Redirect);
        },
        ["/backoffice/otp-responders"] = async (t, w, target) =>
        {
            var (serial, _, holder) = await t.NewHardwareResponderAsync(w.Organisation(target));
            return new(c => c.GetAsync($"/backoffice/otp-responders?serienummer={serial}"), ReadOnly, HttpStatusCode.OK, holder.UserName);
        },
        ["/backoffice/otp-responders|Revoke"] = async (t, w, target) =>
        {
            var (serial, responder, _) = await t.NewHardwareResponderAsync(w.Organisation(target));
            return new(c => PostAsync(c, "/backoffice/otp-responders?handler=Revoke", ("serienummer", serial), ("RevocationReason", "Verloren.")),
                () => t.Factory.WithDbAsync(db => db.OtpResponders.AnyAsync(r => r.Id == responder && r.Status == OtpResponderStatus.Revoked)),
                HttpStatusCode.Redirect);
        },
        ["/backoffice/otp-tokens"] = (_, _, _) => Task.FromResult(new Probe(c => c.GetAsync("/backoffice/otp-tokens"), ReadOnly, HttpStatusCode.OK)),
        ["/backoffice/otp-tokens|Import"] = (t, _, _) =>
        {
            var serial = TokenStock.NewSerial();
            return Task.FromResult(new Probe(c => UploadTokensAsync(c, TokenStock.Line(serial, TokenStock.NewSeed(), "TOTP")),
                () => t.Factory.WithDbAsync(db => db.HardwareTokens.AnyAsync(h => h.SerialNumber == serial)),
                HttpStatusCode.Redirect));
        },
    };

    /// <summary>A valid Dutch IBAN (the textbook example), for the SEPA form.</summary>
    private const string SepaIban = "NL91ABNA0417164300";

    public static TheoryData<Role, Target, string> BackofficeCases()
    {
        var data = new TheoryData<Role, Target, string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var target in Enum.GetValues<Target>())
            {
                foreach (var action in BackofficeActions.Keys)
                {
                    data.Add(role, target, action);
                }
            }
        }
        return data;
    }

    /// <summary>A new backoffice page fails here until it has its line (or lines) in <see cref="BackofficeActions"/>.</summary>
    [Fact]
    public void EveryBackofficePage_IsInTheMatrix()
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/').Replace("{id:int}", "{id}"))
            .Where(r => r.StartsWith("/backoffice", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(routes, BackofficeActions.Keys.Select(k => k.Split('|')[0]).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BackofficeCases))]
    public async Task BackofficePage_OnlyStaffGetIn_ForEveryOrganisationAlike(Role role, Target target, string action)
    {
        var world = await WorldAsync();
        var probe = await BackofficeActions[action](this, world, target);

        var response = await probe.Send(world.People[role].Http);

        switch (role)
        {
            case Role.Anonymous:
                AssertSentToLogIn(response);
                break;
            case Role.Staff:
                Assert.Equal(probe.StaffStatus, response.StatusCode);
                var location = LocationOf(response);
                Assert.False(location.StartsWith("/inloggen", StringComparison.Ordinal) || location.StartsWith("/geen-toegang", StringComparison.Ordinal), location);
                if (probe.StaffSees is { } seen)
                {
                    Assert.Contains(seen, response.StatusCode == HttpStatusCode.Redirect ? location : await response.Content.ReadAsStringAsync());
                }
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/geen-toegang", LocationOf(response));
                break;
        }
        Assert.Equal(role == Role.Staff && !ReferenceEquals(probe.Changed, ReadOnly), await probe.Changed());
    }

    private async Task<(int Id, string Reference)> NewApplicationAsync(string kvk)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Beheermodule.Core.Data.BeheermoduleDbContext>();
        var application = new Application
        {
            Reference = $"EH-TEST-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}",
            Level = AssuranceLevel.EH3,
            KvkNumber = kvk,
            OrganisationName = "Test BV Donald",
            Fees = scope.ServiceProvider.GetRequiredService<FeeCalculator>().Quote(AssuranceLevel.EH3, 1, RushOption.None),
        };
        // Acting on an application mails the applicant their status link, so it needs a real one.
        scope.ServiceProvider.GetRequiredService<StatusLinks>().Issue(application);
        application.Submit(factory.Clock.GetUtcNow().UtcDateTime);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return (application.Id, application.Reference);
    }

    /// <summary>A fresh holder whose means belongs to <paramref name="organisationId"/>.</summary>
    private async Task<(TestAccount Account, int MeansId)> NewHolderAsync(int organisationId, MeansStatus status = MeansStatus.Active)
    {
        var account = await SignInAccounts.CreateAsync(factory, withResponder: false, status, AssuranceLevel.EH3);
        var means = await factory.WithDbAsync(db => db.Means.Where(m => m.UserAccountId == account.Id).Select(m => m.Id).SingleAsync());
        await factory.WithDbAsync(db => db.Means.Where(m => m.Id == means).ExecuteUpdateAsync(s => s.SetProperty(m => m.OrganisationId, organisationId)));
        return (account, means);
    }

    private async Task<int> NewWaitingLetterAsync(int organisationId)
    {
        var (_, meansId) = await NewHolderAsync(organisationId, MeansStatus.AwaitingActivation);
        var applicationId = await factory.WithDbAsync(db => db.Means.Where(m => m.Id == meansId).Select(m => m.ApplicationId).SingleAsync());
        var letter = new ActivationLetter
        {
            MeansId = meansId, ApplicationId = applicationId, Priority = LetterPriority.Normal, RecipientName = "J. Jansen",
            Street = "Dorpsstraat", HouseNumber = "1", PostalCode = "1234 AB", City = "Lelystad",
            CreatedAt = factory.Clock.GetUtcNow().UtcDateTime, Reason = "test",
        };
        await factory.WithDbAsync(db => { db.ActivationLetters.Add(letter); return db.SaveChangesAsync(); });
        return letter.Id;
    }

    private async Task<(int Id, string Reference)> NewBankAccountMutationAsync(string kvk)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<MutationIntake>().RecordBankAccountAsync(kvk, SepaIban, null, "test");
        Assert.True(result.Succeeded);
        return (result.Mutation!.Id, result.Mutation.Reference);
    }

    private async Task<(string Serial, int ResponderId, TestAccount Holder)> NewHardwareResponderAsync(int organisationId)
    {
        var stock = new TokenStock(factory);
        var serial = TokenStock.NewSerial();
        var seed = await stock.AddAsync(serial, OtpResponderKind.HardwareTotp);
        var (holder, _) = await NewHolderAsync(organisationId);
        var responder = await stock.EnrolAsync(new TokenStock.Holder(holder.Id, holder.UserName, holder.Email), serial, stock.TotpNow(seed));
        Assert.NotNull(responder);
        return (serial, responder.Id, holder);
    }

    private async Task<bool> ClientSecretWorksAsync(string clientId, string secret)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        return await applications.FindByClientIdAsync(clientId) is { } application && await applications.ValidateClientSecretAsync(application, secret);
    }

    private static async Task<HttpResponseMessage> UploadTokensAsync(HttpClient client, string csv)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(await AntiforgeryTokenAsync(client) ?? ""), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        content.Add(file, "Upload", "tokens.csv");
        return await client.PostAsync("/backoffice/otp-tokens?handler=Import", content);
    }

    // ---------------------------------------------------------------- a posted organisation or role

    /// <summary>
    /// B's beheerder at B's own beheer pages, with a form that names organisation A, A's rows, or the beheerder role.
    /// Each arranges its target and returns the request; the test checks the answer, that nothing of A changed and
    /// that nobody gained or lost the beheerder role.
    /// </summary>
    private static readonly Dictionary<string, Func<ProfileAndBackofficeIsolationTests, World, Task<Func<Task<HttpResponseMessage>>>>> PostedOrganisationAttacks = new()
    {
        ["machtiging-geven-met-organisatie-en-rol-in-formulier"] = (t, w) => Send(async () =>
        {
            var response = await t.GrantAsync(w, w.MeansOfB);
            // The grant itself went through, for B and as an ordinary machtiging: only the smuggled fields were ignored.
            var granted = await t.Factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == w.MeansOfB).OrderByDescending(a => a.Id).FirstAsync());
            Assert.Equal(w.OrganisationB, granted.OrganisationId);
            Assert.False(granted.IsManagerRole);
            Assert.Equal(AuthorizationStatus.Active, granted.Status);
            return response;
        }),
        ["machtiging-geven-aan-middel-van-a"] = (t, w) => Send(() => t.GrantAsync(w, w.MeansOfA)),
        ["beheerder-maken-van-middel-van-a"] = (t, w) => Send(() => w.BeheerderOfBPostsAsync("GiveManagerRole", ("MeansId", w.MeansOfA.ToString()))),
        ["intrekken-met-organisatie-a-in-adres-en-formulier"] = async (t, w) =>
        {
            var machtiging = await t.MachtigingOfAAsync(w);
            return () => PostAsync(w.People[Role.BeheerderOfB].Http, $"/beheer/{w.OrganisationB}?handler=Revoke&organisatie={w.OrganisationA}",
                ("AuthorizationId", machtiging.ToString()), ("OrganisationId", w.OrganisationA.ToString()), ("organisatie", w.OrganisationA.ToString()));
        },
        ["verlengen-machtiging-van-a"] = async (t, w) =>
        {
            var machtiging = await t.MachtigingOfAAsync(w);
            return () => w.BeheerderOfBPostsAsync("Renew", ("AuthorizationId", machtiging.ToString()), ("Years", "5"));
        },
        ["einddatum-machtiging-van-a"] = async (t, w) =>
        {
            var machtiging = await t.MachtigingOfAAsync(w);
            return () => w.BeheerderOfBPostsAsync("EndOn", ("AuthorizationId", machtiging.ToString()), ("LastDay", t.Factory.DateInput()));
        },
        ["beheerdersrol-afnemen-van-a"] = async (t, w) =>
        {
            var role = await t.ManagerRoleOfAAsync(w);
            return () => w.BeheerderOfBPostsAsync("TakeManagerRole", ("AuthorizationId", role.ToString()));
        },
    };

    private static Task<Func<Task<HttpResponseMessage>>> Send(Func<Task<HttpResponseMessage>> request) => Task.FromResult(request);

    /// <summary>The status each attack must get: the grant form shows its refusal, a foreign id answers 404.</summary>
    private static readonly Dictionary<string, HttpStatusCode> AttackAnswers = new()
    {
        ["machtiging-geven-met-organisatie-en-rol-in-formulier"] = HttpStatusCode.Redirect,
        ["machtiging-geven-aan-middel-van-a"] = HttpStatusCode.OK,
        ["beheerder-maken-van-middel-van-a"] = HttpStatusCode.Redirect,
        ["intrekken-met-organisatie-a-in-adres-en-formulier"] = HttpStatusCode.NotFound,
        ["verlengen-machtiging-van-a"] = HttpStatusCode.NotFound,
        ["einddatum-machtiging-van-a"] = HttpStatusCode.NotFound,
        ["beheerdersrol-afnemen-van-a"] = HttpStatusCode.NotFound,
    };

    public static TheoryData<string> PostedOrganisationCases() => new(PostedOrganisationAttacks.Keys);

    [Theory]
    [MemberData(nameof(PostedOrganisationCases))]
    public async Task PostedOrganisationOrRole_IsIgnored_NothingOfAChanges(string attack)
    {
        var world = await WorldAsync();
        var send = await PostedOrganisationAttacks[attack](this, world);
        var organisationABefore = await OrganisationStateAsync(world.OrganisationA);
        var managerRolesBefore = await ManagerRolesAsync();

        var response = await send();

        Assert.Equal(AttackAnswers[attack], response.StatusCode);
        Assert.Equal(organisationABefore, await OrganisationStateAsync(world.OrganisationA));
        Assert.Equal(managerRolesBefore, await ManagerRolesAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await world.People[Role.BeheerderOfB].Http.GetAsync($"/beheer/{world.OrganisationA}")).StatusCode);
    }

    private async Task<HttpResponseMessage> GrantAsync(World world, int meansId)
    {
        var serviceId = await factory.WithDbAsync(db => db.Services.Where(s => s.RequiredLevel <= AssuranceLevel.EH3).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        return await PostAsync(world.People[Role.BeheerderOfB].Http, $"/beheer/{world.OrganisationB}/machtiging-geven",
            ("Input.MeansId", meansId.ToString()), ("Input.Service", serviceId.ToString()), ("Input.Years", "1"),
            ("Input.StartsOn", factory.DateInput()),
            ("OrganisationId", world.OrganisationA.ToString()), ("Input.OrganisationId", world.OrganisationA.ToString()), ("organisatie", world.OrganisationA.ToString()),
            ("IsManagerRole", "true"), ("Input.IsManagerRole", "true"), ("Role", "AuthorizationManager"), ("Input.Role", "AuthorizationManager"));
    }

    /// <summary>Every machtiging of the organisation, with everything a change could touch.</summary>
    private Task<List<string>> OrganisationStateAsync(int organisationId) => factory.WithDbAsync(db => db.Authorizations.AsNoTracking()
        .Where(a => a.OrganisationId == organisationId || a.Means.OrganisationId == organisationId).OrderBy(a => a.Id)
        .Select(a => $"{a.Id}:{a.MeansId}:{a.OrganisationId}:{a.IsManagerRole}:{a.Status}:{a.ValidFrom}:{a.ValidUntil}")
        .ToListAsync());

    private Task<List<string>> ManagerRolesAsync() => factory.WithDbAsync(db => db.Authorizations.AsNoTracking()
        .Where(a => a.IsManagerRole).OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.MeansId}:{a.OrganisationId}:{a.Status}:{a.ValidUntil}").ToListAsync());

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

    private Task<int> ManagerRoleOfAAsync(World world) => factory.WithDbAsync(db => db.Authorizations
        .Where(a => a.MeansId == world.MeansOfA && a.IsManagerRole && a.Status == AuthorizationStatus.Active).Select(a => a.Id).SingleAsync());

    // ---------------------------------------------------------------- shared

    private static TheoryData<Role, string> Matrix(IEnumerable<string> actions)
    {
        var data = new TheoryData<Role, string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var action in actions)
            {
                data.Add(role, action);
            }
        }
        return data;
    }

    /// <summary>Where a redirect goes, as path and query, whether the app wrote it relative or absolute.</summary>
    private static string LocationOf(HttpResponseMessage response) => response.Headers.Location is not { } location ? ""
        : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private static void AssertSentToLogIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", LocationOf(response));
    }

    private static void AssertRedirectTo(string path, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, LocationOf(response).Split('?')[0]);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var token = await AntiforgeryTokenAsync(client);
        return await client.PostAsync(path, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token ?? ""))));
    }

    /// <summary>Any page's token works for the same session; the forgotten-password page has one for everybody.</summary>
    private static async Task<string?> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await BrowserLikeClient.ReadPageAsync(await client.GetAsync("/inloggen/wachtwoord-vergeten"));
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
    }
}
