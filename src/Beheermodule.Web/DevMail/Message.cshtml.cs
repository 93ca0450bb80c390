using Beheermodule.Core.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.DevMail;

public sealed class MessageModel(MailPickupDirectory pickup, IWebHostEnvironment environment) : PageModel
{
    public PickedUpMail Mail { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (!environment.IsDevelopment() || pickup.Find(id) is not { } mail)
        {
            return NotFound();
        }
        Mail = mail;
        return Page();
    }
}
