using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Activation;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>A holder who activated their means through the real pages and is signed in, in their own browser.</summary>
public sealed record ActivatedHolder(ActivationJourney Journey, ActivationJourney.IssuedMeans Issued, string UserName, byte[]? Seed)
{
    public BrowserLikeClient Client => Journey.Client;

    public string Email => $"{Issued.Surname.ToLowerInvariant()}@example.nl";

    /// <summary>
    /// Code, holder, a new account, an authenticator app when the level asks for one, and the log-in that finishes
    /// the activation; the browser stays signed in (with a fresh OTP proof at EH2+ and up).
    /// </summary>
    public static async Task<ActivatedHolder> ActivateAsync(BeheermoduleFactory factory, AssuranceLevel level, string kvkNumber = "68750110")
    {
        var issued = await ActivationJourney.IssueAsync(factory, level, kvkNumber);
        var journey = new ActivationJourney(factory);
        var userName = "houder-" + Guid.NewGuid().ToString("N")[..8];
        ActivationJourney.AssertRedirect(await journey.EnterCodeAsync(issued.Code), "/activeren/middel");
        ActivationJourney.AssertRedirect(await journey.ConfirmHolderAsync(), "/activeren/account");
        await journey.CreateAccountAsync(userName);
        byte[]? seed = null;
        if (level.NeedsOtp())
        {
            (var enrolled, seed) = await journey.EnrolAuthenticatorAsync();
            ActivationJourney.AssertRedirect(enrolled, "/activeren/inloggen");
        }
        ActivationJourney.AssertRedirect(await journey.LogInAsync(userName, seed), "/activeren/afgerond");
        // The last step's page ends the activation in this browser; until then the rest of the site stays closed.
        await journey.Client.GetPageAsync("/activeren/afgerond");
        return new(journey, issued, userName, seed);
    }
}
