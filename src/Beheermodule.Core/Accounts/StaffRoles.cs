namespace Beheermodule.Core.Accounts;

/// <summary>The issuer's own people. Both check applications; only distinct staff may approve EH3 and EH4 (four eyes).</summary>
public static class StaffRoles
{
    public const string Helpdesk = "Helpdesk";
    public const string HelpdeskSupervisor = "HelpdeskSupervisor";

    public static readonly IReadOnlyList<string> All = [Helpdesk, HelpdeskSupervisor];

    public static string DisplayName(string role) => role switch
    {
        Helpdesk => "Helpdesk",
        HelpdeskSupervisor => "Helpdesk-supervisor",
        _ => role,
    };
}
