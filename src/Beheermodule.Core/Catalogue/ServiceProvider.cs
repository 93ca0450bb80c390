namespace Beheermodule.Core.Catalogue;

/// <summary>Dienstverlener: the organisation whose services accept eHerkenning.</summary>
public sealed class ServiceProvider
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public List<Service> Services { get; set; } = [];
}
