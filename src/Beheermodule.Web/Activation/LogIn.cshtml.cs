using Beheermodule.Core.Activation;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Activation;

/// <summary>Step 5: log in once with every factor the level needs, which proves the whole set-up works.</summary>
public sealed class LogInModel(ActivationProgressCookie cookie, ActivationSequence sequence, BeheermoduleDbContext db)
    : ActivationPageModel(cookie, sequence)
{
    public const string DonePath = "/activeren/afgerond";

    public override ActivationStep Step => ActivationStep.LogIn;

    public string UserName { get; private set; } = "";
    public bool NeedsOtp { get; private set; }

    /// <summary>EH4: logging in with the certificate proves every factor of the level too.</summary>
    public bool HasCertificate { get; private set; }

    public async Task OnGetAsync()
    {
        UserName = await db.Users.Where(u => u.Id == Progress.UserAccountId).Select(u => u.UserName!).SingleAsync();
        var level = await db.Means.Where(m => m.Id == Progress.MeansId).Select(m => m.PendingLevel ?? m.Level).SingleAsync();
        NeedsOtp = level.NeedsOtp();
        HasCertificate = level.NeedsPkiCertificate();
    }
}
