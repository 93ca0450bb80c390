namespace Beheermodule.Core.Activation;

/// <summary>
/// Where one activation stands, kept (protected) in the browser between the steps. Until an account is bound it
/// only remembers which code was typed; the code itself is checked again at binding. <paramref name="IsUpgrade"/>: the
/// code is the letter of an upgrade (rule 13), so the means keeps its account and the steps say so.
/// </summary>
public sealed record ActivationProgress(
    int ActivationCodeId, int MeansId, DateTime ExpiresAt, bool HolderConfirmed = false, string? UserAccountId = null, bool IsUpgrade = false)
{
    public bool IsBound => UserAccountId is not null;
}

/// <summary>The fixed sequence of rule 5, in order.</summary>
public enum ActivationStep
{
    ConfirmHolder,
    ChooseAccount,
    EnrolResponder,
    RegisterCertificate,
    LogIn,
}
