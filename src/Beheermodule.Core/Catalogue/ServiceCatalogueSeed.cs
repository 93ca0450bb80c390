using Beheermodule.Core.Levels;

namespace Beheermodule.Core.Catalogue;

/// <summary>The service catalogue every installation starts with (domain.md, example service catalogue).</summary>
public static class ServiceCatalogueSeed
{
    public sealed record Entry(Guid ServiceUuid, string Provider, string Name, AssuranceLevel RequiredLevel, bool RefusesBranchBoundMeans = false);

    public static readonly Guid MijnOverijssel = Guid.Parse("6f1c2a4e-3b1d-4c59-9a0e-0c1e5f3d2a01");

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new(MijnOverijssel, "Provincie Overijssel",
            "toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel", AssuranceLevel.EH2),
        new(Guid.Parse("6f1c2a4e-3b1d-4c59-9a0e-0c1e5f3d2a02"), "Provincie Overijssel",
            "het ondertekenen van e-Formulieren", AssuranceLevel.EH2),
        new(Guid.Parse("6f1c2a4e-3b1d-4c59-9a0e-0c1e5f3d2a03"), "UWV", "Werkgeversportaal", AssuranceLevel.EH3,
            RefusesBranchBoundMeans: true),
        new(Guid.Parse("6f1c2a4e-3b1d-4c59-9a0e-0c1e5f3d2a04"), "RVO", "Mijn RVO", AssuranceLevel.EH3),
        new(Guid.Parse("6f1c2a4e-3b1d-4c59-9a0e-0c1e5f3d2a05"), "Belastingdienst", "Mijn Belastingdienst Zakelijk", AssuranceLevel.EH3),
        new(Guid.Parse("6f1c2a4e-3b1d-4c59-9a0e-0c1e5f3d2a06"), "Logius", "MijnOverheid Berichtenbox voor bedrijven", AssuranceLevel.EH2Plus),
    ];
}
