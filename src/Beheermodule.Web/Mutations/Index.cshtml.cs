using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Mutations;
using Beheermodule.Web.Infrastructure;
using Beheermodule.Web.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Beheermodule.Web.Mutations;

/// <summary>
/// The public mutation form. Whatever KvK number and holder e-mail are given, a valid form gets the same
/// confirmation: the page never tells whether the pair belongs to a means.
/// </summary>
[EnableRateLimiting(WebSecurityExtensions.SubmissionPolicy)]
public sealed class IndexModel(MutationIntake intake, ServiceCatalogue catalogue, ILogger<IndexModel> logger) : PageModel
{
    /// <summary>The services a machtiging can be given for, for "Machtiging geven of intrekken".</summary>
    public IReadOnlyList<Service> Services { get; private set; } = [];

    public const string ReferenceKey = "MutationReference";
    public const string FormTokenKey = "MutationFormToken";

    [BindProperty]
    public MutationRequest Input { get; set; } = new();

    [BindProperty(Name = WizardPageModel.TrapFieldName)]
    public string? Trap { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "soort")] string? kind, CancellationToken cancellationToken)
    {
        Services = await catalogue.AllAsync(cancellationToken);
        if (Enum.TryParse<MutationKind>(kind, out var chosen) && MutationKindExtensions.Public.Contains(chosen))
        {
            Input.Kind = chosen.ToString();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Trap))
        {
            // Only bots fill in a field people cannot see: they get the confirmation, and nothing is stored.
            logger.LogWarning("Bot trap filled on {Path} from {Address}.", Request.Path, HttpContext.Connection.RemoteIpAddress);
            return RedirectToPage("/Mutations/Received");
        }
        var result = await intake.SubmitAsync(Input, AuditActor.Anonymous(HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        if (!result.Succeeded)
        {
            Services = await catalogue.AllAsync(cancellationToken);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"Input.{error.Field}", error.Message);
            }
            return Page();
        }
        TempData[ReferenceKey] = result.Mutation!.Reference;
        TempData[FormTokenKey] = result.FormToken;
        return RedirectToPage("/Mutations/Received");
    }

    public static string Hint(MutationKind kind) => kind switch
    {
        MutationKind.NewActivationLetter => "De aanmeldcode is kwijt of verlopen. De oude code werkt daarna niet meer; de nieuwe brief gaat per post naar de wettelijk vertegenwoordiger op het geregistreerde adres.",
        MutationKind.BranchToMainBranch => "Het middel staat op een vestigingsnummer en moet op het KvK-nummer komen. Dit kan alleen als uw onderneming precies één vestiging heeft.",
        MutationKind.NewKvkNumber => "Uw organisatie heeft een nieuw KvK-nummer. Wij zetten een nieuwe aanvraag voor u klaar; de huidige middelen eindigen zodra die is goedgekeurd.",
        MutationKind.EndMeans => "Het middel stopt op de datum die u kiest (vandaag of later). De machtigingen ervan vervallen dan ook.",
        MutationKind.AuthorizationChange => "Uw organisatie beheert de machtigingen niet zelf in de beheermodule: wij geven of trekken een machtiging in voor een gebruiker.",
        MutationKind.HolderDetails => "De naam van de gebruiker is veranderd of stond verkeerd in de aanvraag, of het e-mailadres van een gebruiker die het middel nog niet activeerde. Een geactiveerde gebruiker wijzigt het eigen e-mailadres op het profiel.",
        _ => "",
    };
}
