using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// <c>staff add &lt;username&gt; --name "J. Jansen" --email j.jansen@issuer.nl [--role Helpdesk|HelpdeskSupervisor]</c>:
/// creates a staff account in production and prints its first password once.
/// </summary>
public static class StaffCommand
{
    public const string Usage =
        "Gebruik: staff add <gebruikersnaam> --name \"J. Jansen\" --email j.jansen@example.nl [--role Helpdesk|HelpdeskSupervisor]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (args is not ["staff", "add", var userName, .. var rest] || userName.StartsWith("--"))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        var options = Options(rest);
        if (options is null || !options.TryGetValue("--name", out var name) || !options.TryGetValue("--email", out var email))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        var role = options.GetValueOrDefault("--role", StaffRoles.Helpdesk);
        var (initials, surname) = SplitName(name);

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var (password, errors) = await accounts.CreateAsync(new NewStaffAccount(userName, initials, surname, email, role), AuditActor.System("staff-command"));
        if (password is null)
        {
            foreach (var error in errors)
            {
                await output.WriteLineAsync($"Niet aangemaakt: {error}");
            }
            return 1;
        }
        await output.WriteLineAsync($"Account '{userName}' ({StaffRoles.DisplayName(role)}) aangemaakt.");
        await output.WriteLineAsync($"Eerste wachtwoord (wordt niet bewaard, geef het persoonlijk door): {password}");
        await output.WriteLineAsync("Bij de eerste keer inloggen stelt de medewerker een authenticator-app in.");
        return 0;
    }

    private static Dictionary<string, string>? Options(string[] rest)
    {
        if (rest.Length % 2 != 0)
        {
            return null;
        }
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rest.Length; i += 2)
        {
            if (!rest[i].StartsWith("--"))
            {
                return null;
            }
            options[rest[i]] = rest[i + 1];
        }
        return options;
    }

    private static (string Initials, string Surname) SplitName(string name)
    {
        var space = name.Trim().IndexOf(' ');
        return space < 0 ? ("", name.Trim()) : (name[..space].Trim(), name[(space + 1)..].Trim());
    }
}
