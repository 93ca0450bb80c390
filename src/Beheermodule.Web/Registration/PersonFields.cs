using Beheermodule.Core.Registration.Drafts;

namespace Beheermodule.Web.Registration;

/// <summary>One person's inputs in a list, named so model binding puts them back in place (Input.Persons[2].Email).</summary>
public sealed record PersonFields(int Index, PersonInput Person, bool Mobile, bool CanRemove, string Noun, bool Focus = false)
{
    public string Name(string field) => $"Input.Persons[{Index}].{field}";

    public string Id(string field) => $"persons-{Index}-{field.ToLowerInvariant()}";
}
