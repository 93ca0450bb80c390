using Beheermodule.Core.Levels;

namespace Beheermodule.Core.Catalogue;

/// <summary>Dienst: what a holder can be authorised for, registered by its ServiceUUID.</summary>
public sealed class Service
{
    public int Id { get; set; }
    public Guid ServiceUuid { get; set; }
    public int ServiceProviderId { get; set; }
    public ServiceProvider ServiceProvider { get; set; } = null!;
    public string Name { get; set; } = "";
    public AssuranceLevel RequiredLevel { get; set; }

    /// <summary>Some services (UWV's werkgeversportaal) refuse means bound to a vestiging.</summary>
    public bool RefusesBranchBoundMeans { get; set; }

    /// <summary>Lower-case provider and service name, so search is one indexed column on every database.</summary>
    public string SearchText { get; set; } = "";

    public string DisplayName => $"{ServiceProvider.Name}: {Name}";
}
