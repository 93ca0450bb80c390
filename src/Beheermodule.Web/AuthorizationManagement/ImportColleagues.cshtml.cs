using System.ComponentModel.DataAnnotations;
using System.Text;
using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.AuthorizationManagement;

/// <summary>
/// New colleagues from a CSV file: a preview with an error per row first; only a file without errors becomes an
/// application, and then it is the normal one (contract, approval, letters). The text travels with the form, so
/// the import reads and checks exactly what the preview showed, again.
/// </summary>
public sealed class ImportColleaguesModel(
    ManagedOrganisations managed, ColleagueApplication application, ColleagueImport import, ServiceCatalogue catalogue,
    IOptions<RegistrationOptions> registration)
    : ColleagueApplicationPageModel(managed, application, registration)
{
    [BindProperty]
    [Display(Name = "Of plak de regels hier")]
    public string? Text { get; set; }

    [BindProperty]
    [Display(Name = "CSV-bestand")]
    public IFormFile? Upload { get; set; }

    public ColleagueImportPreview? Preview { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => SuggestLevelAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        if (Preview is not { CanImport: true })
        {
            return Page();
        }
        return await StartApplicationAsync(Preview.Rows.Select(r => r.Colleague).ToList(), cancellationToken) ?? Page();
    }

    /// <summary>An example file with the catalogue's own names, to fill in with a spreadsheet.</summary>
    public async Task<IActionResult> OnGetExampleAsync(CancellationToken cancellationToken)
    {
        var services = (await catalogue.AllAsync(cancellationToken)).Take(2).Select(s => s.Name).ToList();
        var example = new StringBuilder()
            .AppendLine(string.Join(';', ColleagueImport.Columns))
            .AppendLine($"J.;Jansen;j.jansen@voorbeeld.nl;06 1234 5678;31-12-1980;{string.Join(ColleagueImport.ServiceSeparator, services)}")
            .AppendLine("P.R.;de Vries;p.devries@voorbeeld.nl;+31 6 8765 4321;1975-04-01;");
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(example.ToString())).ToArray(),
            "text/csv; charset=utf-8", "nieuwe-collegas.csv");
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        if (Upload is { Length: > 0 } file)
        {
            if (file.Length > ColleagueImport.MaxFileLength)
            {
                ModelState.AddModelError(nameof(Upload), $"Het bestand is te groot (hoogstens {ColleagueImport.MaxFileLength / 1024} kB).");
                return;
            }
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            Text = await reader.ReadToEndAsync(cancellationToken);
            // The text box now holds the file, so a correction there does not need the file chosen again.
            ModelState.Remove(nameof(Text));
        }
        if (!ModelState.IsValid || !LevelIsOffered())
        {
            return;
        }
        Preview = await import.ReadAsync(Organisation, Text, Level!.Value, cancellationToken);
        foreach (var error in Preview.FileErrors)
        {
            ModelState.AddModelError(nameof(Text), error);
        }
    }
}
