using Beheermodule.Core.Accounts.Passwords;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// The model of _NewPasswordField: a field for choosing a password with the preset's checklist beside it. The page
/// gives the field's name (its bound property, e.g. "Input.NewPassword") and what it knows of the person; the same
/// names go to /wachtwoord/controle when the checklist is updated while typing. The reasons a posted password was
/// refused come from ModelState under <see cref="Name"/>, as for any field.
/// </summary>
public sealed record NewPasswordField
{
    public required string Name { get; init; }

    public string Label { get; init; } = "Nieuw wachtwoord";

    /// <summary>The user name, when known; a page where it is typed (creating an account) names that field instead.</summary>
    public string? UserName { get; init; }

    /// <summary>The name of an input on the same form holding the user name, read as the person types it.</summary>
    public string? UserNameField { get; init; }

    public IReadOnlyList<string> OrganisationNames { get; init; } = [];

    /// <summary>Every rule of the preset; with <see cref="Checked"/> false none is marked met or unmet yet.</summary>
    public required IReadOnlyList<PasswordRuleStatus> Rules { get; init; }

    public bool Checked { get; init; }

    /// <summary>
    /// The field for a person in <paramref name="context"/>. With <paramref name="typed"/> (the password just posted and
    /// refused) the checklist shows which rules it met, so it also helps without script; the password is not shown again.
    /// </summary>
    public static NewPasswordField For(PasswordPolicy policy, string name, PasswordContext context, string? typed = null) => new()
    {
        Name = name,
        UserName = context.UserName,
        OrganisationNames = context.OrganisationNames,
        Rules = policy.Checklist(typed ?? "", context),
        Checked = !string.IsNullOrEmpty(typed),
    };

    public string Id => Name.Replace('.', '_');

    public string ChecklistId => Id + "_eisen";
}
