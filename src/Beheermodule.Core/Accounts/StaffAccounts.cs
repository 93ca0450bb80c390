using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Accounts;

public sealed record NewStaffAccount(string UserName, string Initials, string Surname, string Email, string Role);

/// <summary>Creates staff accounts with a generated first password; the authenticator is enrolled at first log-in.</summary>
public sealed class StaffAccounts(UserManager<UserAccount> users, RoleManager<IdentityRole> roles, BeheermoduleDbContext db, AuditLog audit,
    PasswordGenerator passwords, TimeProvider clock)
{
    /// <summary>Returns the password to hand over once, or the reasons the account was refused.</summary>
    public async Task<(string? Password, IReadOnlyList<string> Errors)> CreateAsync(NewStaffAccount request, AuditActor actor, string? password = null)
    {
        if (!StaffRoles.All.Contains(request.Role))
        {
            return (null, [$"Onbekende rol '{request.Role}'. Kies {string.Join(" of ", StaffRoles.All)}."]);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        await EnsureRolesAsync();
        var account = new UserAccount
        {
            UserName = request.UserName,
            Email = request.Email,
            EmailConfirmed = true,
            Initials = request.Initials,
            Surname = request.Surname,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        password ??= passwords.Generate(PasswordContext.ForUser(request.UserName));
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return (null, created.Errors.Select(e => e.Description).ToList());
        }
        var added = await users.AddToRoleAsync(account, request.Role);
        if (!added.Succeeded)
        {
            return (null, added.Errors.Select(e => e.Description).ToList());
        }
        audit.Record(actor, "staff.created", details: $"{request.UserName} ({request.Role})");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (password, []);
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
