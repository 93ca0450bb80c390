using Beheermodule.Core.Registration.Drafts;

namespace Beheermodule.Web.Registration;

/// <summary>The wizard's pages in order, and where a visitor may be.</summary>
public static class WizardNavigation
{
    public sealed record StepInfo(WizardStep Step, string Path, string Title);

    public static readonly IReadOnlyList<StepInfo> Steps =
    [
        new(WizardStep.Level, "/aanvragen", "Niveau"),
        new(WizardStep.Organisation, "/aanvragen/organisatie", "Organisatie"),
        new(WizardStep.LegalRepresentatives, "/aanvragen/vertegenwoordigers", "Wettelijk vertegenwoordigers"),
        new(WizardStep.AuthorizationManagers, "/aanvragen/beheerders", "Machtigingenbeheerders"),
        new(WizardStep.Users, "/aanvragen/gebruikers", "Gebruikers"),
        new(WizardStep.Summary, "/aanvragen/overzicht", "Overzicht"),
    ];

    public static string PathOf(WizardStep step) => Steps.Single(s => s.Step == step).Path;

    public static WizardStep? Previous(WizardStep step) => step == WizardStep.Level ? null : step - 1;

    public static WizardStep Next(WizardStep step) => step == WizardStep.Summary ? step : step + 1;

    /// <summary>The first step before <paramref name="step"/> that is not complete yet, if any: nobody skips ahead by URL.</summary>
    public static WizardStep? MissingBefore(ApplicationDraftData data, WizardStep step) =>
        Steps.Select(s => s.Step).Where(s => s < step).Cast<WizardStep?>().FirstOrDefault(s => !data.CompletedSteps.Contains(s!.Value));
}
