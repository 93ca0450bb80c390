using System.Security.Cryptography;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Hosting.KeyRing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.Benchmarks.Logins;

/// <summary>A holder the benchmark logs in: its username and the authenticator seed it knows.</summary>
internal sealed record BenchmarkAccount(string UserName, byte[] Seed);

/// <summary>
/// Puts EH3 holders with an authenticator each into a migrated database, so every log-in takes the OTP step. The
/// seeds are encrypted with the app's own key ring (application name, keys in the same database, and the same key
/// encryption key), so the app reads what is written here; the password hash is made once with the app's iteration count and shared.
/// With <c>grantAllServices</c> each means also gets an Active machtiging "alle diensten" up to EH3, so it may log in at any service.
/// </summary>
internal static class LoginSeeder
{
    public const string Password = "Zonnig-2026";

    public static async Task<IReadOnlyList<BenchmarkAccount>> SeedAsync(DatabaseOptions database, string keyEncryptionKey, int count, int iterations, bool grantAllServices = false)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection([new($"{KeyRingOptions.Section}:{nameof(KeyRingOptions.KeyEncryptionKey)}", keyEncryptionKey)])
            .Build());
        services.AddDbContext<BeheermoduleDbContext>(options => DatabaseServiceCollectionExtensions.Configure(options, database));
        services.AddEncryptedKeyRing();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OtpSeedProtector>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        await db.Database.MigrateAsync();
        var protector = scope.ServiceProvider.GetRequiredService<OtpSeedProtector>();

        var now = DateTime.UtcNow;
        var today = DutchDates.Today(TimeProvider.System);
        var hash = new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions { IterationCount = iterations })).HashPassword(new UserAccount(), Password);
        var organisation = new Organisation { KvkNumber = "68750110", Name = "Test BV Donald", CreatedAt = now };
        var application = new Application
        {
            Reference = "EH-2026-900001",
            Level = AssuranceLevel.EH3,
            KvkNumber = organisation.KvkNumber,
            OrganisationName = organisation.Name,
            Fees = new FeeCalculator(Options.Create(new FeeOptions())).Quote(AssuranceLevel.EH3, count, RushOption.None),
            StatusTokenHash = SecretToken.Hash("login-benchmark"),
        };
        application.Submit(now);
        db.Applications.Add(application);
        await db.SaveChangesAsync();

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var accounts = new List<BenchmarkAccount>(count);
        for (var i = 0; i < count; i++)
        {
            var userName = $"bench-{i:D5}";
            var seed = RandomNumberGenerator.GetBytes(20);
            var account = new UserAccount
            {
                UserName = userName,
                NormalizedUserName = userName.ToUpperInvariant(),
                Email = $"{userName}@example.nl",
                NormalizedEmail = $"{userName}@example.nl".ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                LockoutEnabled = true,
                Initials = "B.",
                Surname = $"Bench {i}",
                CreatedAt = now,
            };
            db.Users.Add(account);
            var means = new Means
            {
                Organisation = organisation,
                Level = AssuranceLevel.EH3,
                Status = MeansStatus.Active,
                ApplicationId = application.Id,
                HolderInitials = account.Initials,
                HolderSurname = account.Surname,
                HolderEmail = account.Email,
                UserAccountId = account.Id,
                CreatedAt = now,
                ActivatedAt = now,
            };
            db.Means.Add(means);
            if (grantAllServices)
            {
                db.Authorizations.Add(new Authorization
                {
                    Means = means,
                    Organisation = organisation,
                    AllServicesUpTo = AssuranceLevel.EH3,
                    Status = AuthorizationStatus.Active,
                    ValidFrom = today,
                    ValidUntil = today.AddYears(1),
                    CreatedAt = now,
                    GrantedBy = "benchmark",
                });
            }
            db.OtpResponders.Add(new OtpResponder
            {
                UserAccountId = account.Id,
                Kind = OtpResponderKind.AuthenticatorApp,
                Label = "Authenticator-app",
                ProtectedSeed = protector.Protect(seed),
                CreatedAt = now,
            });
            accounts.Add(new BenchmarkAccount(userName, seed));
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        return accounts;
    }
}
