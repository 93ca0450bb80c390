using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;

namespace Beheermodule.UnitTests.Backoffice;

public sealed class ApplicationChecklistTests
{
    private static Application Application(AssuranceLevel level, int representatives = 1, bool jointly = false)
    {
        var persons = new List<ApplicationPerson>();
        var id = 1;
        for (var i = 0; i < representatives; i++)
        {
            persons.Add(new ApplicationPerson { Id = id++, Role = PersonRole.LegalRepresentative, Position = i, Initials = "V.", Surname = $"Vertegenwoordiger{i}" });
        }
        persons.Add(new ApplicationPerson { Id = id++, Role = PersonRole.AuthorizationManager, Initials = "B.", Surname = "Beheerder" });
        persons.Add(new ApplicationPerson { Id = id++, Role = PersonRole.MeansHolder, Initials = "G.", Surname = "Gebruiker" });
        persons.Add(new ApplicationPerson { Id = id, Role = PersonRole.MeansHolder, Position = 1, Initials = "T.", Surname = "Tweede" });
        return new Application { Level = level, JointlyAuthorised = jointly, Persons = persons };
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2, 1, 0, 0)]
    [InlineData(AssuranceLevel.EH2Plus, 1, 2, 0)]
    [InlineData(AssuranceLevel.EH3, 1, 2, 2)]
    [InlineData(AssuranceLevel.EH4, 1, 2, 4)]
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

    [Fact]
    public void Missing_IsEmptyOnlyWhenEveryItemIsTicked()
    {
        var application = Application(AssuranceLevel.EH3);
        var items = ApplicationChecklist.For(application);
        var checks = items.Select(i => new ApplicationCheck { Item = i.Key }).ToList();

        Assert.Empty(ApplicationChecklist.Missing(application, checks));
        foreach (var item in items)
        {
            Assert.NotEmpty(ApplicationChecklist.Missing(application, checks.Where(c => c.Item != item.Key).ToList()));
        }
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
