using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts.Certificates;
using Beheermodule.Core.Activation;
using Microsoft.AspNetCore.Mvc;

namespace Beheermodule.Web.Activation;

/// <summary>Step 4 (EH4): the holder's personal PKIoverheid certificate, checked against the trust list.</summary>
public sealed class CertificateModel(ActivationProgressCookie cookie, ActivationSequence sequence, FactorRegistration factors)
    : ActivationPageModel(cookie, sequence)
{
    public override ActivationStep Step => ActivationStep.RegisterCertificate;

    [BindProperty]
    [Required(ErrorMessage = "Kies het bestand met uw certificaat.")]
    [Display(Name = "Uw certificaat (.cer, .crt of .pem)")]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (Upload!.Length > CertificateFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Dit bestand is te groot voor een certificaat. Upload alleen het certificaat, zonder sleutel.");
            return Page();
        }
        using var content = new MemoryStream();
        await Upload.CopyToAsync(content);
        if (await factors.RegisterCertificateAsync(Progress, content.ToArray()) is { } problem)
        {
            ModelState.AddModelError(nameof(Upload), problem);
            return Page();
        }
        return await NextStepAsync(Progress);
    }
}
