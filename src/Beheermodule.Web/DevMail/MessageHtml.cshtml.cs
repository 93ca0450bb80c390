using Beheermodule.Core.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.DevMail;

/// <summary>The raw HTML body for the viewer's iframe.</summary>
public sealed class MessageHtmlModel(MailPickupDirectory pickup, IWebHostEnvironment environment) : PageModel
{
    // The mail's HTML may load nothing and run nothing, and may only be framed by the viewer itself.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

    public IActionResult OnGet(string id)
    {
        if (!environment.IsDevelopment() || pickup.FindHtmlForViewer(id) is not { } html)
        {
            return NotFound();
        }
        Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        // The site-wide default is DENY, which would blank the viewer's iframe.
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Content(html, "text/html; charset=utf-8");
    }
}
