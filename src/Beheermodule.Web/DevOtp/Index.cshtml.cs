using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.DevOtp;

/// <summary>Development only: the current code of each demo staff account and demo token, standing in for phones and tokens.</summary>
public sealed class IndexModel(DemoStaff demoStaff, DemoTokens demoTokens, IWebHostEnvironment environment, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(string UserName, string Code)> Codes { get; private set; } = [];

    public IReadOnlyList<(string SerialNumber, string Code)> TokenCodes { get; private set; } = [];

    public int SecondsLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }
        Codes = await demoStaff.CurrentCodesAsync(cancellationToken);
        TokenCodes = await demoTokens.CurrentCodesAsync(cancellationToken);
        SecondsLeft = 30 - (int)(clock.GetUtcNow().ToUnixTimeSeconds() % 30);
        return Page();
    }
}
