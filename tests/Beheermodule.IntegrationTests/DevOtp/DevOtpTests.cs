using System.Net;
using Beheermodule.IntegrationTests.DevMail;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.DevOtp;

/// <summary>In Development /dev/otp stands in for the demo staff's phones; elsewhere it does not exist.</summary>
public sealed class DevOtpTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task Development_ShowsTheCodeThatLogsTheDemoAccountIn()
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await client.PostFormAsync("/inloggen", [new("Input.UserName", "supervisor"), new("Input.Password", "Toezicht-2026")]);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));

        var code = (await client.GetPageAsync("/dev/otp")).QuerySelector("code.otp-code[data-user='supervisor']")!.TextContent.Trim();
        var response = await client.PostFormAsync("/inloggen/code", [new("Code", code)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}

public sealed class DevOtpInProductionTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task DevOtp_OutsideDevelopment_DoesNotExist()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/dev/otp");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
