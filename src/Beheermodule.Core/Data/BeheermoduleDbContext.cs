using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Certificates;
using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.Core.Activation;
using Beheermodule.Core.Accounts.Sessions;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Hosting;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Registration;
using Beheermodule.Core.ServiceLogin;
using Beheermodule.Core.Throttling;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Beheermodule.Core.Data;

public sealed class BeheermoduleDbContext(DbContextOptions<BeheermoduleDbContext> options, OrganisationScope? organisationScope = null)
    : IdentityDbContext<UserAccount>(options), IDataProtectionKeyContext
{
    public DbSet<ServiceProvider> ServiceProviders => Set<ServiceProvider>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicationPerson> ApplicationPersons => Set<ApplicationPerson>();
    public DbSet<ApplicationDraft> ApplicationDrafts => Set<ApplicationDraft>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<OtpResponder> OtpResponders => Set<OtpResponder>();
    public DbSet<HardwareToken> HardwareTokens => Set<HardwareToken>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Means> Means => Set<Means>();
    public DbSet<Authorization> Authorizations => Set<Authorization>();
    public DbSet<ActivationLetter> ActivationLetters => Set<ActivationLetter>();
    public DbSet<ActivationCode> ActivationCodes => Set<ActivationCode>();
    public DbSet<PrintBatch> PrintBatches => Set<PrintBatch>();
    public DbSet<ApplicationCheck> ApplicationChecks => Set<ApplicationCheck>();
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<Mutation> Mutations => Set<Mutation>();
    public DbSet<PasswordHistory> PasswordHistory => Set<PasswordHistory>();
    public DbSet<FailedAttempt> FailedAttempts => Set<FailedAttempt>();
    public DbSet<PersonalCertificate> PersonalCertificates => Set<PersonalCertificate>();
    public DbSet<AccountSession> AccountSessions => Set<AccountSession>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<ServiceClient> ServiceClients => Set<ServiceClient>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BeheermoduleDbContext).Assembly);
        // OpenIddict's own tables: clients (secrets hashed), authorisations and tokens of the service log-in.
        builder.UseOpenIddict();
        FilterByOrganisationScope(builder);
    }

    /// <summary>Read per query from this context's request, so one model serves every request (see <see cref="OrganisationScope"/>).</summary>
    private int? OrganisationInScope => organisationScope?.OrganisationId;

    private void FilterByOrganisationScope(ModelBuilder builder)
    {
        const string name = OrganisationScope.FilterName;
        builder.Entity<Organisation>().HasQueryFilter(name, o => OrganisationInScope == null || o.Id == OrganisationInScope);
        builder.Entity<Means>().HasQueryFilter(name, m => OrganisationInScope == null || m.OrganisationId == OrganisationInScope);
        builder.Entity<Authorization>().HasQueryFilter(name, a => OrganisationInScope == null || a.OrganisationId == OrganisationInScope);
        builder.Entity<ActivationLetter>().HasQueryFilter(name, l => OrganisationInScope == null || l.Means.OrganisationId == OrganisationInScope);
        builder.Entity<ActivationCode>().HasQueryFilter(name,
            c => OrganisationInScope == null || Means.Any(m => m.Id == c.MeansId && m.OrganisationId == OrganisationInScope));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEvent>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: an audit event cannot be changed or removed.");
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}
