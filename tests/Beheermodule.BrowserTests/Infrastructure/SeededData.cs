using Beheermodule.Core.Accounts;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.BrowserTests.Infrastructure;

/// <summary>What a journey starts from when its subject is not how it came to be: accounts and applications put in directly.</summary>
public static class SeededData
{
    /// <summary>An account with a password, under Identity's own rules.</summary>
    public static async Task<UserAccount> AccountAsync(IServiceProvider services, string userName, string email, string initials, string surname, string password)
    {
        var account = new UserAccount { UserName = userName, Email = email, Initials = initials, Surname = surname };
        var created = await services.GetRequiredService<UserManager<UserAccount>>().CreateAsync(account, password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        return account;
    }

    /// <summary>A submitted application the seeded means can belong to, saved so it has its id.</summary>
    public static async Task<Application> ApplicationAsync(IServiceProvider services, string kvkNumber, string organisationName, AssuranceLevel level, int users,
        DateTime submittedAt, Action<Application>? complete = null)
    {
        var application = new Application
        {
            Reference = $"EH-SEED-{Guid.NewGuid().ToString("N")[..8]}", Level = level, KvkNumber = kvkNumber, OrganisationName = organisationName,
            Fees = services.GetRequiredService<FeeCalculator>().Quote(level, users, RushOption.None),
            StatusTokenHash = SecretToken.Hash(Guid.NewGuid().ToString()),
        };
        complete?.Invoke(application);
        application.Submit(submittedAt);
        var db = services.GetRequiredService<BeheermoduleDbContext>();
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application;
    }
}
