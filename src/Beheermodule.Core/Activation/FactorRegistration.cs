using System.Security.Cryptography;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Certificates;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Activation;

/// <summary>
/// Steps 3 and 4 of rule 5: the second factor registered for the bound account, and the means activated in the same
/// transaction once every factor its level needs is there.
/// </summary>
public sealed class FactorRegistration(
    BeheermoduleDbContext db, AuthenticatorEnrolment authenticator, HardwareTokenEnrolment hardwareTokens, PersonalCertificateCheck certificates, ActivationCompletion completion,
    UserManager<UserAccount> users, AuditLog audit, TimeProvider clock)
{
    /// <summary>True when the code proved the app holds the seed and the responder is saved.</summary>
    public Task<bool> EnrolAuthenticatorAsync(ActivationProgress progress, string? sealedSeed, string? code, CancellationToken cancellationToken = default) =>
        EnrolAsync(progress, account => authenticator.CompleteAsync(account.Id, account.UserName!, sealedSeed, code, cancellationToken), cancellationToken);

    /// <summary>True when the token is in stock, free, and the code is one of its codes.</summary>
    public Task<bool> EnrolHardwareTokenAsync(ActivationProgress progress, string? serialNumber, string? code, CancellationToken cancellationToken = default) =>
        EnrolAsync(progress, account => hardwareTokens.CompleteAsync(account.Id, account.UserName!, serialNumber, code, cancellationToken), cancellationToken);

    private async Task<bool> EnrolAsync(ActivationProgress progress, Func<UserAccount, Task<OtpResponder?>> enrol, CancellationToken cancellationToken)
    {
        var account = await BoundAccountAsync(progress);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var enrolled = await enrol(account) is not null;
        if (enrolled)
        {
            await FinishAsync(progress, account, cancellationToken);
        }
        // A refusal is committed too: its audit event is all it saved.
        await transaction.CommitAsync(cancellationToken);
        return enrolled;
    }

    /// <summary>Registers the holder's PKIoverheid certificate (EH4); the Dutch reason when it is refused.</summary>
    public async Task<string?> RegisterCertificateAsync(ActivationProgress progress, byte[] file, CancellationToken cancellationToken = default)
    {
        var account = await BoundAccountAsync(progress);
        var actor = AuditActor.Account(account.UserName!);
        var means = await db.Means.AsNoTracking().SingleAsync(m => m.Id == progress.MeansId, cancellationToken);
        using var certificate = CertificateFile.Read(file);
        var problem = certificates.Problem(certificate, means);
        var thumbprint = certificate?.GetCertHashString(HashAlgorithmName.SHA256);
        if (problem is null && await db.PersonalCertificates.AnyAsync(c => c.Thumbprint == thumbprint, cancellationToken))
        {
            problem = "Dit certificaat is al bij een account geregistreerd. Een certificaat is persoonlijk en hoort bij één account.";
        }
        if (problem is not null)
        {
            audit.Record(actor, "certificate.registration", AuditOutcome.Refused, details: problem);
            await db.SaveChangesAsync(cancellationToken);
            return problem;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PersonalCertificates.Add(new PersonalCertificate
        {
            UserAccountId = account.Id,
            Thumbprint = thumbprint!,
            Subject = certificate!.Subject,
            Issuer = certificate.Issuer,
            SerialNumber = certificate.SerialNumber,
            NotBefore = certificate.NotBefore.ToUniversalTime(),
            NotAfter = certificate.NotAfter.ToUniversalTime(),
            RawData = certificate.RawData,
            RegisteredAt = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record(actor, "certificate.registered", details: $"{certificate.Subject}, serienummer {certificate.SerialNumber}, uitgegeven door {certificate.Issuer}.");
        await db.SaveChangesAsync(cancellationToken);
        await FinishAsync(progress, account, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private async Task FinishAsync(ActivationProgress progress, UserAccount account, CancellationToken cancellationToken)
    {
        // Identity's flag follows the responder, so its two-factor step asks for the code from now on.
        account.TwoFactorEnabled = true;
        var means = await db.Means.SingleAsync(m => m.Id == progress.MeansId, cancellationToken);
        await completion.CompleteIfReadyAsync(means, AuditActor.Account(account.UserName!), cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<UserAccount> BoundAccountAsync(ActivationProgress progress) =>
        await users.FindByIdAsync(progress.UserAccountId ?? throw new InvalidOperationException("No account is bound to this activation yet."))
        ?? throw new InvalidOperationException($"Account {progress.UserAccountId} does not exist.");
}
