using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Beheermodule.Core.Throttling;

namespace Beheermodule.Core.Activation;

public enum BindingOutcome
{
    Bound,

    /// <summary>The code was used, revoked or expired since it was typed, or the means was bound meanwhile.</summary>
    CodeNoLongerValid,

    /// <summary>The username or password is refused; <see cref="BindingResult.Errors"/> says why.</summary>
    AccountRefused,

    /// <summary>Another account already uses the holder's e-mail address (rule 9).</summary>
    EmailInUse,

    UnknownAccount,
    WrongCredentials,
    WrongOtp,
    HolderMismatch,

    /// <summary>The code upgrades a means in use (rule 13): only the account that already holds it may take it.</summary>
    UpgradeNeedsOwnAccount,
}

public sealed record BindingResult(BindingOutcome Outcome, string? UserAccountId = null, IReadOnlyList<IdentityError>? Errors = null, string? Reason = null)
{
    public IReadOnlyList<IdentityError> Errors { get; } = Errors ?? [];
}

/// <summary>
/// Binds a means to its holder's account: a new one, or an existing one of the same person (rule 5). The code is
/// used up in the same transaction as the binding, with a conditional update, so of any number of simultaneous
/// attempts with one code exactly one binds an account and the others change nothing. The code of an upgrade
/// (rule 13) binds nothing new: the holder logs in with the account that has the means, so the identity at every
/// service stays the same.
/// </summary>
public sealed class AccountBinding(
    BeheermoduleDbContext db,
    UserManager<UserAccount> users,
    ActivationCodeRedemption redemption,
    ActivationCompletion completion,
    OtpVerifier otp,
    HolderFactors factors,
    AuditLog audit,
    RequestFailures failures,
    TimeProvider clock)
{
    public async Task<BindingResult> CreateAccountAsync(ActivationProgress progress, string userName, string password, CancellationToken cancellationToken = default)
    {
        var actor = AuditActor.Account(userName);
        if (await db.Means.AnyAsync(m => m.Id == progress.MeansId && m.PendingLevel != null, cancellationToken))
        {
            return await RefuseAsync(null, actor, new(BindingOutcome.UpgradeNeedsOwnAccount), cancellationToken);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ClaimAsync(progress, null, cancellationToken) is not { } means)
        {
            return await RefuseAsync(transaction, actor, new(BindingOutcome.CodeNoLongerValid), cancellationToken);
        }
        var email = means.HolderEmail;
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == users.NormalizeEmail(email), cancellationToken))
        {
            return await RefuseAsync(transaction, actor, new(BindingOutcome.EmailInUse), cancellationToken);
        }
        var account = new UserAccount
        {
            UserName = userName,
            Email = email,
            PhoneNumber = means.HolderMobile,
            Initials = means.HolderInitials,
            Surname = means.HolderSurname,
            DateOfBirth = means.HolderDateOfBirth,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(account);
        if (created.Succeeded)
        {
            // Bound before the password is set, so the policy sees the organisation's name (rule 6).
            means.UserAccountId = account.Id;
            await db.SaveChangesAsync(cancellationToken);
            created = await users.AddPasswordAsync(account, password);
        }
        if (!created.Succeeded)
        {
            return await RefuseAsync(transaction, actor, new(BindingOutcome.AccountRefused, Errors: created.Errors.ToList()), cancellationToken);
        }
        audit.Record(actor, "account.created", kvkNumber: means.Organisation.KvkNumber, details: "Bij activering.");
        return await BindAsync(transaction, means, account, actor, new RegisteredFactors(false, false), cancellationToken);
    }

    /// <summary>
    /// Gives the means to an existing account, after the same checks as a log-in (password, lockout and the OTP
    /// when the account has a responder) and only when the account's holder is the means' holder.
    /// </summary>
    public async Task<BindingResult> LinkExistingAccountAsync(ActivationProgress progress, string userName, string password, string? otpCode, CancellationToken cancellationToken = default)
    {
        var actor = AuditActor.Account(userName);
        var account = await users.FindByNameAsync(userName);
        if (account is null)
        {
            failures.Record();
            return await RefuseAsync(null, actor, new(BindingOutcome.UnknownAccount), cancellationToken);
        }
        var locked = await users.IsLockedOutAsync(account);
        if (locked || !await users.CheckPasswordAsync(account, password))
        {
            if (!locked)
            {
                await users.AccessFailedAsync(account);
            }
            return await RefuseAsync(null, actor, new(BindingOutcome.WrongCredentials), cancellationToken);
        }
        var means = await db.Means.AsNoTracking().SingleAsync(m => m.Id == progress.MeansId, cancellationToken);
        if (means.PendingLevel is not null && means.UserAccountId != account.Id)
        {
            return await RefuseAsync(null, actor, new(BindingOutcome.UpgradeNeedsOwnAccount), cancellationToken);
        }
        if (means.PendingLevel is null && HolderMatch.Mismatch(account, means) is { } reason)
        {
            return await RefuseAsync(null, actor, new(BindingOutcome.HolderMismatch, Reason: reason), cancellationToken);
        }
        var hasResponder = await otp.HasActiveResponderAsync(account.Id, cancellationToken);
        if (hasResponder && await otp.CheckAsync(account.Id, otpCode, cancellationToken) != OtpCheckOutcome.Accepted)
        {
            await users.AccessFailedAsync(account);
            return await RefuseAsync(null, actor, new(BindingOutcome.WrongOtp), cancellationToken);
        }
        await users.ResetAccessFailedCountAsync(account);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ClaimAsync(progress, account.Id, cancellationToken) is not { } claimed)
        {
            return await RefuseAsync(transaction, actor, new(BindingOutcome.CodeNoLongerValid), cancellationToken);
        }
        return await BindAsync(transaction, claimed, account, actor, await factors.OfAsync(account.Id, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Uses the code up and loads its means: still unbound, or being upgraded and held by <paramref name="existingAccountId"/>;
    /// null when either is no longer possible.
    /// </summary>
    private async Task<Means?> ClaimAsync(ActivationProgress progress, string? existingAccountId, CancellationToken cancellationToken)
    {
        if (!await redemption.RedeemAsync(progress.ActivationCodeId, cancellationToken))
        {
            return null;
        }
        var means = await db.Means.Include(m => m.Organisation).SingleAsync(m => m.Id == progress.MeansId, cancellationToken);
        var unbound = means.UserAccountId is null && means.Status == MeansStatus.AwaitingActivation;
        var upgrading = means.IsBeingUpgraded && means.UserAccountId == existingAccountId;
        return unbound || upgrading ? means : null;
    }

    private async Task<BindingResult> BindAsync(
        IDbContextTransaction transaction, Means means, UserAccount account, AuditActor actor,
        RegisteredFactors registered, CancellationToken cancellationToken)
    {
        var kvk = means.Organisation.KvkNumber;
        audit.Record(actor, "activation-code.used", kvkNumber: kvk, details: $"Aanmeldcode van middel {means.Id} gebruikt.");
        if (means.PendingLevel is { } newLevel)
        {
            audit.Record(actor, "means.upgrade-confirmed", kvkNumber: kvk,
                details: $"Opwaardering van middel {means.Id} naar {newLevel.DisplayName()}: ingelogd met het eigen account {account.UserName}.");
        }
        else
        {
            means.UserAccountId = account.Id;
            audit.Record(actor, "means.bound", kvkNumber: kvk, details: $"Middel {means.Id} ({means.Level.DisplayName()}) gekoppeld aan account {account.UserName}.");
        }
        await completion.CompleteIfReadyAsync(means, actor, registered, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(BindingOutcome.Bound, account.Id);
    }

    /// <summary>Undoes everything of this attempt but its audit event, which says why it was refused.</summary>
    private async Task<BindingResult> RefuseAsync(
        IDbContextTransaction? transaction, AuditActor actor, BindingResult result, CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            await transaction.DisposeAsync();
            db.ChangeTracker.Clear();
        }
        audit.Record(actor, "activation.binding", AuditOutcome.Refused, details: result.Reason ?? result.Outcome.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
