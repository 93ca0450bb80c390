using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;

namespace Beheermodule.UnitTests.Backoffice;

/// <summary>The checklist reads the level's evidence for everyone who gets a means; a tick counts only with its evidence.</summary>
public sealed class ApplicationChecklistTests
{
    /// <summary>Representatives, a beheerder who is not a user (so gets a means of their own), and two users.</summary>
    private static Application Application(AssuranceLevel level, int representatives = 1, bool jointly = false, string beheerderEmail = "b.beheerder@example.nl", int? keepsMeansId = null)
    {
        var persons = new List<ApplicationPerson>();
        var id = 1;
        for (var i = 0; i < representatives; i++)
        {
            persons.Add(new ApplicationPerson { Id = id++, Role = PersonRole.LegalRepresentative, Position = i, Initials = "V.", Surname = $"Vertegenwoordiger{i}", Email = $"v{i}@example.nl" });
        }
        persons.Add(new ApplicationPerson { Id = id++, Role = PersonRole.AuthorizationManager, Initials = "B.", Surname = "Beheerder", Email = beheerderEmail, KeepsMeansId = keepsMeansId });
        persons.Add(new ApplicationPerson { Id = id++, Role = PersonRole.MeansHolder, Initials = "G.", Surname = "Gebruiker", Email = "g.gebruiker@example.nl" });
        persons.Add(new ApplicationPerson { Id = id, Role = PersonRole.MeansHolder, Position = 1, Initials = "T.", Surname = "Tweede", Email = "t.tweede@example.nl" });
        return new Application { Level = level, JointlyAuthorised = jointly, Persons = persons };
    }

    /// <summary>The evidence for every item: the signed contract and an identity document per person.</summary>
    private static List<ApplicationDocument> EvidenceFor(Application application) =>
    [
        new() { Kind = ApplicationDocumentKind.SignedContract },
        .. application.Persons.Select(p => new ApplicationDocument { Kind = ApplicationDocumentKind.IdDocument, PersonId = p.Id }),
    ];

    private static List<ApplicationCheck> TickAll(Application application) =>
        ApplicationChecklist.For(application).Select(i => new ApplicationCheck { Item = i.Key, MetOn = i.Kind == ChecklistItemKind.FaceToFace ? new DateOnly(2026, 12, 1) : null }).ToList();

    [Theory]
    [InlineData(AssuranceLevel.EH2, 1, 0, 0)]
    [InlineData(AssuranceLevel.EH2Plus, 1, 3, 0)]
    [InlineData(AssuranceLevel.EH3, 1, 3, 3)]
    [InlineData(AssuranceLevel.EH4, 1, 3, 4)]
    public void ItemsPerLevel(AssuranceLevel level, int signatures, int idCopies, int faceToFace)
    {
        var items = ApplicationChecklist.For(Application(level));

        Assert.Equal(signatures, items.Count(i => i.Kind == ChecklistItemKind.Signature));
        Assert.Equal(idCopies, items.Count(i => i.Kind == ChecklistItemKind.IdDocument));
        Assert.Equal(faceToFace, items.Count(i => i.Kind == ChecklistItemKind.FaceToFace));
        Assert.Equal(items.Count, items.Select(i => i.Key).Distinct().Count());
    }

    [Theory]
    [InlineData(1, false, 1)]
    [InlineData(2, false, 1)]
    [InlineData(2, true, 2)]
    [InlineData(3, true, 2)]
    [InlineData(4, true, 3)]
    public void SignaturesNeeded_MajorityWhenJointly(int representatives, bool jointly, int needed)
    {
        Assert.Equal(needed, ApplicationChecklist.SignaturesNeeded(Application(AssuranceLevel.EH2, representatives, jointly)));
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2Plus)]
    [InlineData(AssuranceLevel.EH3)]
    public void ABeheerderWithAMeansOfTheirOwn_NeedsTheEvidenceOfTheLevel(AssuranceLevel level)
    {
        var items = ApplicationChecklist.For(Application(level));

        Assert.Contains(items, i => i.Kind == ChecklistItemKind.IdDocument && i.Label == "Kopie identiteitsbewijs van B. Beheerder (machtigingenbeheerder, eigen middel)");
    }

    [Fact]
    public void ABeheerderWhoIsAUser_OrKeepsTheirMeans_NeedsNoEvidenceOfTheirOwn()
    {
        var isUser = ApplicationChecklist.For(Application(AssuranceLevel.EH3, beheerderEmail: "G.Gebruiker@example.nl"));
        var keeps = ApplicationChecklist.For(Application(AssuranceLevel.EH3, keepsMeansId: 42));

        Assert.Equal(2, isUser.Count(i => i.Kind == ChecklistItemKind.IdDocument));
        Assert.DoesNotContain(keeps, i => i.Label.Contains("Beheerder"));
    }

    [Fact]
    public void Missing_IsEmptyOnlyWhenEveryItemIsTickedWithItsEvidence()
    {
        var application = Application(AssuranceLevel.EH3);
        var items = ApplicationChecklist.For(application);
        var checks = TickAll(application);
        var evidence = EvidenceFor(application);

        Assert.Empty(ApplicationChecklist.Missing(application, checks, evidence));
        foreach (var item in items)
        {
            Assert.NotEmpty(ApplicationChecklist.Missing(application, checks.Where(c => c.Item != item.Key).ToList(), evidence));
        }
    }

    [Fact]
    public void ATick_WithoutItsEvidence_StaysOpen()
    {
        var application = Application(AssuranceLevel.EH2Plus);
        var checks = TickAll(application);
        var beheerder = application.Persons.Single(p => p.Role == PersonRole.AuthorizationManager);
        var someoneElsesId = EvidenceFor(application).Where(d => d.PersonId != beheerder.Id).ToList();

        Assert.Equal(["Kopie identiteitsbewijs van B. Beheerder (machtigingenbeheerder, eigen middel)"], ApplicationChecklist.Missing(application, checks, someoneElsesId));
        Assert.Equal(["Handtekening van een wettelijk vertegenwoordiger op het contract"],
            ApplicationChecklist.Missing(application, checks, EvidenceFor(application).Where(d => d.Kind != ApplicationDocumentKind.SignedContract).ToList()));
    }

    [Fact]
    public void AFaceToFaceTick_WithoutItsRecord_StaysOpen()
    {
        var application = Application(AssuranceLevel.EH3);
        var checks = TickAll(application).Select(c => new ApplicationCheck { Item = c.Item }).ToList();

        Assert.Equal(3, ApplicationChecklist.Missing(application, checks, EvidenceFor(application)).Count(m => m.StartsWith("Identiteit face-to-face")));
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2, false)]
    [InlineData(AssuranceLevel.EH2Plus, false)]
    [InlineData(AssuranceLevel.EH3, true)]
    [InlineData(AssuranceLevel.EH4, true)]
    public void FourEyes_FromEh3(AssuranceLevel level, bool applies)
    {
        Assert.Equal(applies, FourEyes.Applies(level));
    }
}
