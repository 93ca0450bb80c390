using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Infrastructure;

namespace Beheermodule.IntegrationTests.Otp;

/// <summary>In Development a few demo tokens are in stock, and /dev/otp shows what each would display.</summary>
public sealed class DemoTokenTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private async Task<string> ShownCodeAsync(string serial) =>
        (await new BrowserLikeClient(factory.CreateBrowserClient()).GetPageAsync("/dev/otp"))
            .QuerySelector($"code.otp-code[data-serial='{serial}']")!.TextContent.Trim();

    [Fact]
    public async Task ADemoHotpToken_IsEnrolledAndUsed_WithTheCodesTheDevPageShows()
    {
        var stock = new TokenStock(factory);
        var serial = DemoTokens.Tokens.First(t => t.Kind == OtpResponderKind.HardwareHotp).SerialNumber;
        var holder = await stock.CreateHolderAsync();

        Assert.NotNull(await stock.EnrolAsync(holder, serial, await ShownCodeAsync(serial)));

        Assert.Equal(OtpCheckOutcome.Accepted, await stock.LogInCodeAsync(holder, await ShownCodeAsync(serial)));
    }

    [Fact]
    public async Task ADemoTotpToken_IsEnrolled_WithTheCodeTheDevPageShows()
    {
        var stock = new TokenStock(factory);
        var serial = DemoTokens.Tokens.First(t => t.Kind == OtpResponderKind.HardwareTotp).SerialNumber;

        Assert.NotNull(await stock.EnrolAsync(await stock.CreateHolderAsync(), serial, await ShownCodeAsync(serial)));
    }
}
