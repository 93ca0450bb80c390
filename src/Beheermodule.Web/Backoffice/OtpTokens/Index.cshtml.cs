using System.Text;
using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Backoffice.OtpTokens;

/// <summary>The stock of hardware tokens, and the import of the vendor's file: checked in full, then all or nothing.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 2 * HardwareTokenImport.MaxFileBytes)]
[RequestSizeLimit(2 * HardwareTokenImport.MaxFileBytes)]
public sealed class IndexModel(HardwareTokenImport import) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public int InStock { get; private set; }
    public int InUse { get; private set; }

    /// <summary>The file as read, row by row, after "Controleren" or a refused import.</summary>
    public HardwareTokenFile? Preview { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Message = TempData["BackofficeMessage"] as string;
        (InStock, InUse) = await import.CountsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await ReadUploadAsync(cancellationToken) is { } text)
        {
            Preview = await import.PreviewAsync(text, cancellationToken);
        }
        return await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (await ReadUploadAsync(cancellationToken) is not { } text)
        {
            return await RedisplayAsync(cancellationToken);
        }
        var result = await import.ImportAsync(text, User.Identity!.Name!, cancellationToken);
        if (!result.Imported)
        {
            Preview = result.File;
            ModelState.AddModelError(nameof(Upload), "Er is niets ingelezen: verbeter de regels hieronder in het bestand en lees het opnieuw in.");
            return await RedisplayAsync(cancellationToken);
        }
        TempData["BackofficeMessage"] = $"{result.Count} {(result.Count == 1 ? "token" : "tokens")} ingelezen en op voorraad.";
        return RedirectToPage();
    }

    private async Task<string?> ReadUploadAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Kies het bestand van de leverancier (CSV).");
            return null;
        }
        if (Upload.Length > HardwareTokenImport.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Het bestand is groter dan 1 MB. Splits het in kleinere bestanden.");
            return null;
        }
        using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        (InStock, InUse) = await import.CountsAsync(cancellationToken);
        return Page();
    }
}
