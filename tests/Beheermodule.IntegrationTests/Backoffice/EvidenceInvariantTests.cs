using System.Net;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.AuthorizationManagement;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Upgrades;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Backoffice;

/// <summary>
/// The invariant behind every level: no activation letter without the evidence of its level for the person it is
/// for. Each path that makes a means or raises a level is walked: first staff try to approve on ticks alone, which
/// must fail and leave no letter; then with the evidence uploaded, after which every letter's person is checked.
/// </summary>
public sealed class EvidenceInvariantTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string EFormulieren = "het ondertekenen van e-Formulieren";

    [Theory]
    [InlineData(AssuranceLevel.EH2Plus)]
    [InlineData(AssuranceLevel.EH3)]
    public async Task Users_AndABeheerderWithAMeansOfTheirOwn(AssuranceLevel level)
    {
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(level, "68750110", null,
            [ApplicationJourney.User("Invariant", EFormulieren)], manager: new TestPerson("B.", "Eigenmiddel", "1977-07-07", $"eigen-{Guid.NewGuid():N}@example.nl", "020 123 4567"));

        await ProveNoLetterWithoutEvidenceAsync(await StaffDesk.ApplicationIdAsync(factory, statusPath), expectedLetters: 2);
    }

    [Fact]
    public async Task ANewColleague_FromTheBeheermodule()
    {
        var beheerder = await Beheerders.OfRegisteredCompanyAsync(factory, "69599068");
        ApplicationJourney.AssertMovedTo("/aanvragen/gebruikers",
            await beheerder.Client.PostFormAsync($"/beheer/{beheerder.OrganisationId}/nieuwe-collega", [new("Level", "EH3")]));
        var journey = new ApplicationJourney(factory, beheerder.Client);
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", await journey.EnterUsersAsync(ApplicationJourney.User("Collegainvariant", "Mijn RVO")));

        await ProveNoLetterWithoutEvidenceAsync(await StaffDesk.ApplicationIdAsync(factory, await journey.SubmitAsync()), expectedLetters: 1);
    }

    [Fact]
    public async Task ColleaguesFromACsvFile()
    {
        var beheerder = await Beheerders.OfRegisteredCompanyAsync(factory, "69599084");
        var path = $"/beheer/{beheerder.OrganisationId}/collegas-importeren";
        var form = await beheerder.Client.GetPageAsync(path);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var import = await beheerder.Client.Http.PostAsync($"{path}?handler=Import", new FormUrlEncodedContent(
        [
            new("Level", "EH3"), new("__RequestVerificationToken", token),
            new("Text", "voorletters;achternaam;e-mailadres;mobiel;geboortedatum;diensten\nC.;Csvcollega;csvcollega@example.nl;0612345678;1985-05-05;Mijn RVO\n"),
        ]));
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", import);

        await ProveNoLetterWithoutEvidenceAsync(await StaffDesk.ApplicationIdAsync(factory, await new ApplicationJourney(factory, beheerder.Client).SubmitAsync()), expectedLetters: 1);
    }

    [Fact]
    public async Task AnUpgrade_OfAnExistingMeans()
    {
        await UpgradeWorld.SeedHolderAsync(factory, "90001354", null, AssuranceLevel.EH2);
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(AssuranceLevel.EH3, "90001354", null,
            [ApplicationJourney.User(UpgradeWorld.Surname, EFormulieren)], upgrade: true);
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        Assert.True(await factory.WithDbAsync(db => db.ApplicationPersons.AnyAsync(p => p.ApplicationId == id && p.UpgradesMeansId != null)));

        await ProveNoLetterWithoutEvidenceAsync(id, expectedLetters: 2);
    }

    private async Task ProveNoLetterWithoutEvidenceAsync(int applicationId, int expectedLetters)
    {
        var desk = await StaffDesk.SignInAsync(factory);
        await desk.RecordContractReceivedAsync(applicationId);
        var application = await factory.WithDbAsync(db => db.Applications.Include(a => a.Persons).SingleAsync(a => a.Id == applicationId));
        foreach (var item in ApplicationChecklist.For(application).Where(i => i.Kind != ChecklistItemKind.FaceToFace))
        {
            var refused = await desk.ActAsync(applicationId, "Tick", new KeyValuePair<string, string>("item", item.Key));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }
        var supervisor = await StaffDesk.SignInAsync(factory, "supervisor");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.ActAsync(applicationId, "Approve")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ActivationLetters.AnyAsync(l => l.ApplicationId == applicationId)));

        await desk.TickEverythingAsync(applicationId);
        StaffDesk.AssertDone(await supervisor.ActAsync(applicationId, "Approve"));

        await factory.WithDbAsync(async db =>
        {
            var approved = await db.Applications.Include(a => a.Persons).SingleAsync(a => a.Id == applicationId);
            var letters = await db.ActivationLetters.Include(l => l.Means).Where(l => l.ApplicationId == applicationId).ToListAsync();
            var documents = await db.ApplicationDocuments.Where(d => d.ApplicationId == applicationId).ToListAsync();
            var checks = await db.ApplicationChecks.Where(c => c.ApplicationId == applicationId).ToListAsync();
            Assert.Equal(expectedLetters, letters.Count);
            Assert.Contains(documents, d => d.Kind == ApplicationDocumentKind.SignedContract);
            foreach (var letter in letters)
            {
                var person = approved.Persons.Single(p => p.UpgradesMeansId == letter.MeansId || (p.UpgradesMeansId is null && p.Id == letter.Means.ApplicationPersonId));
                var evidence = LevelEvidence.PerHolder(approved.Level);
                Assert.Equal(evidence.Contains(EvidenceKind.IdDocumentCopy), documents.Any(d => d.Kind == ApplicationDocumentKind.IdDocument && d.PersonId == person.Id));
                Assert.Equal(evidence.Contains(EvidenceKind.FaceToFaceCheck), checks.Any(c => c.Item == $"f2f:{person.Id}" && c.MetOn is not null));
            }
            return 0;
        });
    }
}
