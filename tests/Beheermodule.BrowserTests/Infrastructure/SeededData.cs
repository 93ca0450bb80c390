using Beheermodule.BrowserTests.Registration.Pages;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// A holder whose means at <paramref name="organisation"/> has been in use for a year, with a machtiging for the
    /// catalogue's service <paramref name="serviceUuid"/>, and no OTP responder (so an EH2 holder logs in with the
    /// password alone). Returns the account's username, "<paramref name="userNamePrefix"/>-" and six random characters.
    /// </summary>
    public static async Task<string> HolderWithMachtigingAsync(IServiceProvider services, Organisation organisation, ApplicantPerson holder,
        AssuranceLevel level, Guid serviceUuid, string userNamePrefix, string password)
    {
        var db = services.GetRequiredService<BeheermoduleDbContext>();
        var now = DateTime.UtcNow;
        var yearAgo = now.AddYears(-1);
        var today = DateOnly.FromDateTime(DutchDates.ToLocal(now));
        var userName = $"{userNamePrefix}-{Guid.NewGuid().ToString("N")[..6]}";
        var account = await AccountAsync(services, userName, holder.Email, holder.Initials, holder.Surname, password);
        var application = await ApplicationAsync(services, organisation.KvkNumber, organisation.Name, level, 1, yearAgo);
        var means = new Means
        {
            Organisation = organisation, Level = level, Status = MeansStatus.Active, ApplicationId = application.Id,
            HolderInitials = holder.Initials, HolderSurname = holder.Surname, HolderEmail = holder.Email,
            HolderDateOfBirth = DateOnly.Parse(holder.DateOfBirth), HolderMobile = holder.Phone.Replace(" ", ""),
            UserAccountId = account.Id, CreatedAt = yearAgo, ActivatedAt = yearAgo,
        };
        var serviceId = await db.Services.Where(s => s.ServiceUuid == serviceUuid).Select(s => s.Id).SingleAsync();
        db.Authorizations.Add(new Authorization
        {
            Means = means, Organisation = organisation, ServiceId = serviceId, Status = AuthorizationStatus.Active,
            ValidFrom = today.AddYears(-1), ValidUntil = today.AddYears(2), CreatedAt = yearAgo, GrantedBy = "test",
        });
        await db.SaveChangesAsync();
        return userName;
    }

    /// <summary>
    /// An EH2 holder (password only) at an organisation of its own under a random KvK number, which the register does
    /// not know, with a MijnOverijssel machtiging. The holder's e-mail address carries the KvK number.
    /// </summary>
    public static async Task<(string UserName, string KvkNumber, string Email)> HolderAtOwnCompanyAsync(IServiceProvider services,
        string initials, string surname, string dateOfBirth, string userNamePrefix, string password)
    {
        var kvk = System.Security.Cryptography.RandomNumberGenerator.GetInt32(10_000_000, 99_999_999).ToString();
        var organisation = new Organisation { KvkNumber = kvk, Name = $"{surname} BV {kvk}", CreatedAt = DateTime.UtcNow };
        var holder = new ApplicantPerson(initials, surname, dateOfBirth, $"{surname.ToLowerInvariant()}.{kvk}@example.nl", "06 9988 7766");
        var userName = await HolderWithMachtigingAsync(services, organisation, holder, AssuranceLevel.EH2, Core.Catalogue.ServiceCatalogueSeed.MijnOverijssel, userNamePrefix, password);
        return (userName, kvk, holder.Email);
    }
}
