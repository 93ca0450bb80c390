using Beheermodule.Core.Activation;

namespace Beheermodule.Web.Activation;

/// <summary>The page of each step, and the list that shows the holder where they are.</summary>
public static class ActivationSteps
{
    public sealed record StepPage(ActivationStep Step, string Title, string Path);

    public static readonly IReadOnlyList<StepPage> All =
    [
        new(ActivationStep.ConfirmHolder, "Uw middel", "/activeren/middel"),
        new(ActivationStep.ChooseAccount, "Account", "/activeren/account"),
        new(ActivationStep.EnrolResponder, "Tweede stap", "/activeren/beveiliging"),
        new(ActivationStep.RegisterCertificate, "Certificaat", "/activeren/certificaat"),
        new(ActivationStep.LogIn, "Inloggen", "/activeren/inloggen"),
    ];

    public static string PathOf(ActivationStep step) => All.Single(s => s.Step == step).Path;
}
