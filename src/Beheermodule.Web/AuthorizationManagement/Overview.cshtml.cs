using System.Globalization;
using System.Text;
using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;

namespace Beheermodule.Web.AuthorizationManagement;

/// <summary>
/// The organisation's holders and machtigingen, filtered and exportable, with the changes a beheerder makes in place:
/// revoke, renew, end on a date, give or take the beheerder role.
/// </summary>
public sealed class OverviewModel(ManagedOrganisations managed, OrganisationOverview overview, AuthorizationChanges changes, TimeProvider clock) : BeheerPageModel(managed)
{
    [BindProperty(SupportsGet = true, Name = "zoek")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "toon")]
    public string? Show { get; set; }

    [BindProperty]
    public int AuthorizationId { get; set; }

    [BindProperty]
    public int MeansId { get; set; }

    [BindProperty]
    public int Years { get; set; }

    [BindProperty]
    public DateOnly? LastDay { get; set; }

    public IReadOnlyList<HolderRow> Holders { get; private set; } = [];

    public IReadOnlyList<OpenApplicationRow> OpenApplications { get; private set; } = [];

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public DateOnly Today { get; private set; }

    public static readonly IReadOnlyList<(string Value, string Label)> Views =
    [
        ("", "Alles"),
        ("verloopt", $"Verloopt binnen {OrganisationOverview.ExpiresSoonDays} dagen"),
        ("ongebruikt", $"{OrganisationOverview.LongUnusedMonths} maanden of langer niet gebruikt"),
        ("wacht", "Wacht op activering"),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Message = TempData["BeheerMessage"] as string;
        MessageIsError = TempData["BeheerMessageIsError"] is true;
        Today = DutchDates.Today(clock);
        Holders = await overview.LoadAsync(Organisation, Filter(), cancellationToken);
        OpenApplications = await overview.OpenApplicationsAsync(Organisation, cancellationToken);
    }

    /// <summary>The overview as it is filtered, as CSV (semicolons, as Dutch spreadsheet programs expect).</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var rows = await overview.LoadAsync(Organisation, Filter(), cancellationToken);
        var csv = new StringBuilder("naam;e-mailadres;niveau;status middel;machtiging;vestiging;status machtiging;geldig vanaf;geldig tot en met;laatst gebruikt;laatst ingelogd\r\n");
        foreach (var holder in rows)
        {
            var machtigingen = holder.Machtigingen.Count > 0 ? holder.Machtigingen.Cast<MachtigingRow?>().ToList() : [null];
            foreach (var m in machtigingen)
            {
                csv.AppendJoin(';', new[]
                {
                    holder.Name, holder.Email, holder.Level.DisplayName(), holder.Status.DisplayName(),
                    m?.What ?? "", m?.BranchNumber ?? "", m?.Status.DisplayName() ?? "",
                    m?.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", m?.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    m?.LastUsedAt is { } used ? DutchDates.ToLocal(used).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                    holder.LastSignedInAt is { } signedIn ? DutchDates.ToLocal(signedIn).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
                }.Select(Cell)).Append("\r\n");
            }
        }
        var fileName = $"machtigingen-{Organisation.KvkNumber}-{DutchDates.Today(clock):yyyy-MM-dd}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", fileName);
    }

    public Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken) =>
        DoneAsync(changes.RevokeAsync(Organisation, Beheerder, AuthorizationId, cancellationToken), "De machtiging is ingetrokken. Ze werkt vanaf nu niet meer.");

    public Task<IActionResult> OnPostRenewAsync(CancellationToken cancellationToken) =>
        DoneAsync(changes.RenewAsync(Organisation, Beheerder, AuthorizationId, Years, cancellationToken), "De machtiging is verlengd.");

    public Task<IActionResult> OnPostEndOnAsync(CancellationToken cancellationToken) =>
        LastDay is { } lastDay
            ? DoneAsync(changes.EndOnAsync(Organisation, Beheerder, AuthorizationId, lastDay, cancellationToken), $"De machtiging stopt na {DutchDates.Format(lastDay)}.")
            : DoneAsync(Task.FromResult<string?>("Kies de laatste dag waarop de machtiging geldt."), "");

    public Task<IActionResult> OnPostGiveManagerRoleAsync(CancellationToken cancellationToken) =>
        DoneAsync(changes.GiveManagerRoleAsync(Organisation, Beheerder, MeansId, cancellationToken), "De collega is nu ook machtigingenbeheerder.");

    public Task<IActionResult> OnPostTakeManagerRoleAsync(CancellationToken cancellationToken) =>
        DoneAsync(changes.RevokeAsync(Organisation, Beheerder, AuthorizationId, cancellationToken), "De collega is geen machtigingenbeheerder meer.");

    private async Task<IActionResult> DoneAsync(Task<string?> change, string success)
    {
        var error = await change;
        if (error == AuthorizationChanges.NotFound)
        {
            // An id of another organisation's machtiging: as if it did not exist.
            return NotFound();
        }
        Tell(error ?? success, error is not null);
        return RedirectToPage(new { organisatie = OrganisationId, zoek = Text, toon = Show });
    }

    private OverviewFilter Filter() => new(Text, Show == "verloopt", Show == "ongebruikt", Show == "wacht");

    /// <summary>Quoted when needed; a leading =, +, - or @ is defused, so a spreadsheet never runs a cell as a formula.</summary>
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}
