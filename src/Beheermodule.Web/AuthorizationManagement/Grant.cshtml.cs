using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;

namespace Beheermodule.Web.AuthorizationManagement;

/// <summary>
/// Giving a colleague a machtiging: one service from the catalogue (searchable) or all services up to a level, for 1,
/// 3 or 5 years from a start date, optionally for one vestiging. A refusal stands beside its field with the reason;
/// a service that refuses vestiging-bound machtigingen asks for confirmation first.
/// </summary>
public sealed class GrantModel(ManagedOrganisations managed, OrganisationOverview overview, ServiceCatalogue catalogue, AuthorizationGrant grant, TimeProvider clock)
    : BeheerPageModel(managed)
{
    public const string AllServices = "alle";

    [BindProperty(SupportsGet = true, Name = "middel")]
    public int? PreselectedMeansId { get; set; }

    [BindProperty(SupportsGet = true, Name = "dienstzoek")]
    public string? ServiceSearch { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies de collega.")]
        [Display(Name = "Collega")]
        public int? MeansId { get; set; }

        /// <summary>A service id, or <see cref="AllServices"/>.</summary>
        [Required(ErrorMessage = "Kies een dienst, of alle diensten tot een niveau.")]
        [Display(Name = "Dienst")]
        public string? Service { get; set; }

        [Display(Name = "Alle diensten tot en met niveau")]
        public AssuranceLevel? AllServicesUpTo { get; set; }

        [Display(Name = "Geldig")]
        public int Years { get; set; } = 1;

        [Required(ErrorMessage = "Kies de startdatum.")]
        [Display(Name = "Startdatum")]
        public DateOnly? StartsOn { get; set; }

        [Display(Name = "Alleen voor vestiging (optioneel)")]
        public string? BranchNumber { get; set; }

        public bool BranchWarningAccepted { get; set; }
    }

    public IReadOnlyList<HolderRow> Holders { get; private set; } = [];

    public IReadOnlyList<Service> Services { get; private set; } = [];

    /// <summary>Set when the service refuses vestiging-bound machtigingen: the form asks to confirm.</summary>
    public string? Warning { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.MeansId = PreselectedMeansId;
        Input.StartsOn = DutchDates.Today(clock);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        int? serviceId = int.TryParse(Input.Service, out var id) ? id : null;
        if (Input.Service == AllServices && Input.AllServicesUpTo is null)
        {
            ModelState.AddModelError("Input.AllServicesUpTo", "Kies tot en met welk niveau.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var request = new GrantRequest(Input.MeansId!.Value, serviceId, serviceId is null ? Input.AllServicesUpTo : null, Input.Years,
            Input.StartsOn!.Value, Input.BranchNumber, Input.BranchWarningAccepted);
        switch (await grant.GrantAsync(Organisation, Beheerder, request, cancellationToken))
        {
            case GrantOutcome.Granted:
                Tell("De machtiging is gegeven.");
                return RedirectToPage("/AuthorizationManagement/Overview", new { organisatie = OrganisationId });
            case GrantOutcome.NeedsConfirmation confirmation:
                Warning = confirmation.Warning;
                break;
            case GrantOutcome.Refused refused:
                ModelState.AddModelError(FieldOf(refused.Field), refused.Message);
                break;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private static string FieldOf(string requestField) => requestField switch
    {
        nameof(GrantRequest.ServiceId) => "Input.Service",
        _ => $"Input.{requestField}",
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Holders = await overview.LoadAsync(Organisation, new OverviewFilter(null), cancellationToken);
        Services = string.IsNullOrWhiteSpace(ServiceSearch) ? await catalogue.AllAsync(cancellationToken) : await catalogue.SearchAsync(ServiceSearch, cancellationToken);
    }
}
