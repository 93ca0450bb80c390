using Beheermodule.Core.Data;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Mutations;

/// <summary>
/// The same confirmation for every valid form, matched to a means or not; for a change that needs a signature, the
/// link to the mutation form to print, sign and post.
/// </summary>
public sealed class ReceivedModel(BeheermoduleDbContext db, MutationFormPdf forms) : PageModel
{
    public string? Reference { get; private set; }

    /// <summary>The secret of the form's link; only in the browser that sent the mutation.</summary>
    public string? FormToken { get; private set; }

    public void OnGet()
    {
        Reference = TempData[IndexModel.ReferenceKey] as string;
        FormToken = TempData[IndexModel.FormTokenKey] as string;
        if (FormToken is not null)
        {
            // Kept for a reload of this page and the download from it.
            TempData.Keep(IndexModel.FormTokenKey);
            TempData.Keep(IndexModel.ReferenceKey);
        }
    }

    public async Task<IActionResult> OnGetFormAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return NotFound();
        }
        var hash = SecretToken.Hash(token);
        var mutation = await db.Mutations.AsNoTracking().SingleOrDefaultAsync(m => m.FormTokenHash == hash, cancellationToken);
        if (mutation is null)
        {
            return NotFound();
        }
        return File(await forms.RenderAsync(mutation, cancellationToken), "application/pdf", MutationFormPdf.FileName(mutation));
    }
}
