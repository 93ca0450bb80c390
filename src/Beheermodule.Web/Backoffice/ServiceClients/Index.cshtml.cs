using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.ServiceLogin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Registry = Beheermodule.Core.ServiceLogin.ServiceClients;

namespace Beheermodule.Web.Backoffice.ServiceClients;

/// <summary>
/// Staff register services of the catalogue as OpenID Connect clients, give a client a new secret, or unregister it.
/// A secret is shown once, in the answer to the post itself: never in an address, a cookie or a later page.
/// </summary>
public sealed class IndexModel(Registry clients, ServiceCatalogue catalogue) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The client a renewal or removal is for.</summary>
    [BindProperty]
    public string? ClientId { get; set; }

    /// <summary>The version of the secret the page showed, so a renewal sent twice makes no second secret.</summary>
    [BindProperty]
    public string? Version { get; set; }

    /// <summary>The client whose removal waits for confirmation (from the "Ontkoppelen" link).</summary>
    [BindProperty(SupportsGet = true, Name = "ontkoppelen")]
    public string? ToRemove { get; set; }

    public sealed class InputModel
    {
        [Display(Name = "Dienst")]
        [Required(ErrorMessage = "Kies de dienst die u koppelt.")]
        public int? ServiceId { get; set; }

        [Display(Name = "Client-id")]
        [Required(ErrorMessage = "Vul een client-id in.")]
        [RegularExpression(Registry.ClientIdPattern, ErrorMessage = "Gebruik 3 tot 100 letters, cijfers of streepjes (-), zonder spaties.")]
        public string? ClientId { get; set; }

        [Display(Name = "Terugkeeradressen na inloggen")]
        public string? RedirectUris { get; set; }

        [Display(Name = "Terugkeeradressen na uitloggen (niet verplicht)")]
        public string? PostLogoutRedirectUris { get; set; }

        [Display(Name = "Mag namen ontvangen")]
        public bool EntitledToNames { get; set; }
    }

    /// <summary>A secret just made, shown in this answer only.</summary>
    public sealed record IssuedSecret(string ClientId, string Secret, bool IsRenewal);

    public IssuedSecret? Issued { get; private set; }

    public IReadOnlyList<ServiceClientListing> Clients { get; private set; } = [];

    public IReadOnlyList<Service> Services { get; private set; } = [];

    public string? Message { get; private set; }
    public bool MessageIsError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Message = TempData["BackofficeMessage"] as string;
        MessageIsError = TempData["BackofficeMessageIsError"] is true;
        await LoadAsync(cancellationToken);
        if (ToRemove is not null && Clients.All(c => c.ClientId != ToRemove))
        {
            ToRemove = null;
        }
    }

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        ToRemove = null;
        var clientId = Input.ClientId?.Trim();
        var redirects = ServiceClientAddresses.Parse(Input.RedirectUris, required: true);
        var postLogout = ServiceClientAddresses.Parse(Input.PostLogoutRedirectUris, required: false);
        if (!redirects.IsValid)
        {
            ModelState.AddModelError("Input.RedirectUris", redirects.Error!);
        }
        if (!postLogout.IsValid)
        {
            ModelState.AddModelError("Input.PostLogoutRedirectUris", postLogout.Error!);
        }
        await LoadAsync(cancellationToken);
        if (Input.ServiceId is { } chosen && Services.All(s => s.Id != chosen))
        {
            ModelState.AddModelError("Input.ServiceId", "Deze dienst staat niet (meer) in de catalogus. Kies een andere.");
        }
        if (ModelState.IsValid && await clients.ExistsAsync(clientId!, cancellationToken))
        {
            ModelState.AddModelError("Input.ClientId", $"De client-id '{clientId}' is al in gebruik. Kies een andere.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var secret = await clients.RegisterAsync(
            new ClientRegistration(Input.ServiceId!.Value, clientId!, redirects.Addresses, postLogout.Addresses, Input.EntitledToNames),
            User.Identity!.Name!, cancellationToken: cancellationToken);
        return await ShowSecretAsync(new IssuedSecret(clientId!, secret, IsRenewal: false), cancellationToken);
    }

    public async Task<IActionResult> OnPostRenewSecretAsync(CancellationToken cancellationToken)
    {
        var renewal = string.IsNullOrEmpty(ClientId) ? new SecretRenewal(SecretRenewalOutcome.UnknownClient)
            : await clients.RenewSecretAsync(ClientId, Version, User.Identity!.Name!, cancellationToken);
        switch (renewal.Outcome)
        {
            case SecretRenewalOutcome.Renewed:
                return await ShowSecretAsync(new IssuedSecret(ClientId!, renewal.Secret!, IsRenewal: true), cancellationToken);
            case SecretRenewalOutcome.RenewedMeanwhile:
                TempData["BackofficeMessage"] = $"Het geheim van {ClientId} is net al vernieuwd, bijvoorbeeld doordat het formulier twee keer is verstuurd. " +
                    "Er is geen tweede geheim gemaakt: het geheim dat toen getoond werd, geldt. Heeft u dat niet meer, vraag dan hier opnieuw een nieuw geheim.";
                TempData["BackofficeMessageIsError"] = true;
                return RedirectToPage();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(ClientId) || !await clients.RemoveAsync(ClientId, User.Identity!.Name!, cancellationToken))
        {
            return NotFound();
        }
        TempData["BackofficeMessage"] = $"De client {ClientId} is ontkoppeld. De dienst kan niet meer via Beheermodule laten inloggen.";
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowSecretAsync(IssuedSecret issued, CancellationToken cancellationToken)
    {
        // The page carries a secret: no browser or proxy may keep a copy.
        Response.Headers.CacheControl = "no-store";
        Issued = issued;
        ModelState.Clear();
        Input = new InputModel();
        ToRemove = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Clients = await clients.ListAsync(cancellationToken);
        Services = await catalogue.AllAsync(cancellationToken);
    }
}
