using Beheermodule.Core.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.DevMail;

/// <summary>Development only: the messages in the pickup directory, so a developer can follow mail without a mail server.</summary>
public sealed class IndexModel(MailPickupDirectory pickup, IOptions<MailOptions> options, IWebHostEnvironment environment) : PageModel
{
    public IReadOnlyList<PickedUpMailSummary> Messages { get; private set; } = [];

    public string Directory => options.Value.PickupDirectoryPath();

    public IActionResult OnGet()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }
        Messages = pickup.List();
        return Page();
    }
}
