using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>Granting a machtiging: the level rule, the term, the start date, the vestiging, duplicates, and the organisation boundary.</summary>
public sealed class GrantTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string MijnRvo = "Mijn RVO";
    private const string Werkgeversportaal = "Werkgeversportaal";
    private const string MijnOverijssel = "toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel";

    private DateOnly Today => DutchDates.Today(factory.Clock);

    [Fact]
    public async Task AService_IsGranted_ForTheTerm_Active_AndAudited()
    {
        var organisation = await ManagedOrganisationFixture.CreateAsync(factory);
        var means = await organisation.AddMeansAsync(AssuranceLevel.EH3, surname: "Rvogebruiker");

        var outcome = await organisation.GrantAsync(new GrantRequest(means, await organisation.ServiceIdAsync(MijnRvo), null, 3, Today, null));

        var granted = Assert.IsType<GrantOutcome.Granted>(outcome).Authorization;
        var stored = await organisation.AuthorizationAsync(granted.Id);
        Assert.Equal(AuthorizationStatus.Active, stored.Status);
        Assert.Equal((Today, Today.AddYears(3).AddDays(-1)), (stored.ValidFrom, stored.ValidUntil));
        Assert.Equal(organisation.Organisation.Id, stored.OrganisationId);
        var audit = await factory.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "authorization.granted" && e.Details!.Contains("Rvogebruiker")));
        Assert.Equal($"account:{ManagedOrganisationFixture.Beheerder}", audit.Actor);
    }

    [Fact]
    public async Task AServiceAboveTheHoldersLevel_IsRefused_WithTheWayToUpgrade()
    {
        var organisation = await ManagedOrganisationFixture.CreateAsync(factory);
        var means = await organisation.AddMeansAsync(AssuranceLevel.EH2, surname: "Laagniveau");

        var outcome = await organisation.GrantAsync(new GrantRequest(means, await organisation.ServiceIdAsync(MijnRvo), null, 1, Today, null));

        var refused = Assert.IsType<GrantOutcome.Refused>(outcome);
        Assert.Equal(nameof(GrantRequest.ServiceId), refused.Field);
        Assert.Contains("minimaal niveau EH3", refused.Message);
        Assert.Contains("niveau EH2", refused.Message);
        Assert.Contains(AuthorizationGrant.UpgradePath, refused.Message);
        Assert.False(await factory.WithDbAsync(db => db.Authorizations.AnyAsync(a => a.MeansId == means)));
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2, true)]
    [InlineData(AssuranceLevel.EH2Plus, false)]
    public async Task AllServices_UpToALevel_NeedAtLeastThatLevel(AssuranceLevel upTo, bool granted)
    {
        var organisation = await ManagedOrganisationFixture.CreateAsync(factory);
        var means = await organisation.AddMeansAsync(AssuranceLevel.EH2);

        var outcome = await organisation.GrantAsync(new GrantRequest(means, null, upTo, 5, Today, null));

        Assert.Equal(granted, outcome is GrantOutcome.Granted);
        if (outcome is GrantOutcome.Granted { Authorization: var authorization })
        {
            Assert.Equal((null, upTo), (authorization.ServiceId, authorization.AllServicesUpTo));
        }
    }

    [Fact]
    public async Task AHolderWhoHasNotActivated_GetsAPendingMachtiging()
    {
        var organisation = await ManagedOrganisationFixture.CreateAsync(factory);
        var means = await organisation.AddMeansAsync(AssuranceLevel.EH2, MeansStatus.AwaitingActivation);

        var outcome = await organisation.GrantAsync(new GrantRequest(means, await organisation.ServiceIdAsync(MijnOverijssel), null, 1, Today, null));

        Assert.Equal(AuthorizationStatus.Pending, Assert.IsType<GrantOutcome.Granted>(outcome).Authorization.Status);
    }

    [Fact]
    public async Task AMeansOfAnotherOrganisation_IsNotFound()
    {
        var mine = await ManagedOrganisationFixture.CreateAsync(factory);
        var other = await ManagedOrganisationFixture.CreateAsync(factory);
        var foreign = await other.AddMeansAsync(AssuranceLevel.EH3);

        var outcome = await mine.GrantAsync(new GrantRequest(foreign, await mine.ServiceIdAsync(MijnRvo), null, 1, Today, null));

        Assert.Equal(nameof(GrantRequest.MeansId), Assert.IsType<GrantOutcome.Refused>(outcome).Field);
        Assert.False(await factory.WithDbAsync(db => db.Authorizations.AnyAsync(a => a.MeansId == foreign)));
    }

    [Theory]
    [InlineData(2, 0, nameof(GrantRequest.Years))]
    [InlineData(6, 0, nameof(GrantRequest.Years))]
    [InlineData(1, -1, nameof(GrantRequest.StartsOn))]
    [InlineData(1, 367, nameof(GrantRequest.StartsOn))]
    public async Task ATermOtherThan1_3Or5Years_OrAStartInThePast_IsRefused(int years, int startInDays, string field)
    {
        var organisation = await ManagedOrganisationFixture.CreateAsync(factory);
        var means = await organisation.AddMeansAsync(AssuranceLevel.EH3);

        var outcome = await organisation.GrantAsync(new GrantRequest(means, await organisation.ServiceIdAsync(MijnRvo), null, years, Today.AddDays(startInDays), null));

        Assert.Equal(field, Assert.IsType<GrantOutcome.Refused>(outcome).Field);
    }

    [Fact]
    public async Task TheSameMachtigingTwice_IsRefused()
    {
        var organisation = await ManagedOrganisationFixture.CreateAsync(factory);
        var means = await organisation.AddMeansAsync(AssuranceLevel.EH3);
        var service = await organisation.ServiceIdAsync(MijnRvo);
        Assert.IsType<GrantOutcome.Granted>(await organisation.GrantAsync(new GrantRequest(means, service, null, 1, Today, null)));

        var again = await organisation.GrantAsync(new GrantRequest(means, service, null, 5, Today, null));

        Assert.Contains("heeft deze machtiging al", Assert.IsType<GrantOutcome.Refused>(again).Message);
    }

    [Fact]
    public async Task AVestiging_MustBeOneOfTheOrganisations_AndAServiceRefusingThemWarnsFirst()
    {
        var organisation = await ManagedOrganisationFixture.CreateAsync(factory, "69599084");
        var means = await organisation.AddMeansAsync(AssuranceLevel.EH3, surname: "Vestiging");
        var uwv = await organisation.ServiceIdAsync(Werkgeversportaal);

        var foreignBranch = await organisation.GrantAsync(new GrantRequest(means, uwv, null, 1, Today, "990000541921"));
        Assert.Equal(nameof(GrantRequest.BranchNumber), Assert.IsType<GrantOutcome.Refused>(foreignBranch).Field);
        var malformed = await organisation.GrantAsync(new GrantRequest(means, uwv, null, 1, Today, "1234"));
        Assert.Equal(nameof(GrantRequest.BranchNumber), Assert.IsType<GrantOutcome.Refused>(malformed).Field);

        var warned = await organisation.GrantAsync(new GrantRequest(means, uwv, null, 1, Today, "000038509520"));
        Assert.Contains("weigert machtigingen die beperkt zijn tot één vestiging", Assert.IsType<GrantOutcome.NeedsConfirmation>(warned).Warning);
        Assert.False(await factory.WithDbAsync(db => db.Authorizations.AnyAsync(a => a.MeansId == means)));

        var confirmed = await organisation.GrantAsync(new GrantRequest(means, uwv, null, 1, Today, "000038509520", BranchWarningAccepted: true));
        Assert.Equal("000038509520", Assert.IsType<GrantOutcome.Granted>(confirmed).Authorization.BranchNumber);
        var rvo = await organisation.GrantAsync(new GrantRequest(means, await organisation.ServiceIdAsync(MijnRvo), null, 1, Today, "000038509504"));
        Assert.IsType<GrantOutcome.Granted>(rvo);
    }
}
