using System.Net;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// /profiel (rules 7, 10): the signed-in holder sees their own name, means, machtigingen and responders, and the
/// organisation's bank account masked and read-only, and nothing of another holder.
/// </summary>
public sealed class ProfileTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task TwoHolders_EachSeeTheirOwnMeansMachtigingenAndResponders_AndNeverTheOthers()
    {
        var donald = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH3, "68750110");
        var dagobert = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH3, "69599084");
        // The beheerder role is a machtiging too; only Donald's holder has it.
        await factory.WithDbAsync(async db =>
        {
            var means = await db.Means.SingleAsync(m => m.Id == donald.Issued.MeansId);
            db.Authorizations.Add(new Beheermodule.Core.Authorizations.Authorization
            {
                MeansId = means.Id, OrganisationId = means.OrganisationId, IsManagerRole = true, Status = AuthorizationStatus.Active,
                ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2029, 1, 1), GrantedBy = "test",
            });
            return await db.SaveChangesAsync();
        });

        var page = await donald.Client.GetPageAsync("/profiel");

        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains($"A. {donald.Issued.Surname}", main);
        Assert.Contains(donald.UserName, main);
        Assert.Contains(donald.Email, main);
        Assert.Contains("helpdesk", main);
        var means = Assert.Single(page.QuerySelectorAll("table.means tbody tr")).TextContent;
        Assert.Contains("Test BV Donald", means);
        Assert.Contains("68750110", means);
        Assert.Contains("EH3", means);
        Assert.Contains("Actief", means);
        var machtigingen = page.QuerySelectorAll("table.authorizations tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, machtigingen.Count);
        Assert.Contains(machtigingen, r => r.Contains("Machtigingenbeheerder") && r.Contains("1 januari 2029"));
        Assert.Contains(machtigingen, r => r.Contains("het ondertekenen van e-Formulieren") && r.Contains("Provincie Overijssel") && r.Contains("Test BV Donald") && r.Contains("Actief"));
        var responder = Assert.Single(page.QuerySelectorAll("table.responders tbody tr")).TextContent;
        Assert.Contains("Authenticator-app", responder);
        Assert.Contains("Actief", responder);
        Assert.DoesNotContain("Test EMZ Dagobert", main);
        Assert.DoesNotContain(dagobert.UserName, main);
        Assert.DoesNotContain(dagobert.Issued.Surname, main);

        var other = await dagobert.Client.GetPageAsync("/profiel");
        var otherMain = other.QuerySelector("main")!.TextContent;
        Assert.Contains("Test EMZ Dagobert", Assert.Single(other.QuerySelectorAll("table.means tbody tr")).TextContent);
        Assert.DoesNotContain("Machtigingenbeheerder", otherMain);
        Assert.Single(other.QuerySelectorAll("table.authorizations tbody tr"));
        Assert.Single(other.QuerySelectorAll("table.responders tbody tr"));
        Assert.DoesNotContain("Test BV Donald", otherMain);
        Assert.DoesNotContain(donald.UserName, otherMain);
    }

    [Fact]
    public async Task TheBankAccount_IsShownMasked_WithTheWayToChangeItByPost_AndNoFormToChangeIt()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2, "68750110");
        await factory.WithDbAsync(db => db.Organisations.Where(o => o.KvkNumber == "68750110")
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.BankAccount, "NL91ABNA0417164300")));

        var page = await holder.Client.GetPageAsync("/profiel");

        var section = page.QuerySelector("section[aria-labelledby=bank-heading]")!;
        Assert.Equal("NL** **** **** **43 00", section.QuerySelector(".iban")!.TextContent.Trim());
        Assert.DoesNotContain("0417", page.Source.Text);
        Assert.DoesNotContain("ABNA", page.Source.Text);
        Assert.Contains("SEPA", section.TextContent);
        Assert.Contains("Antwoordnummer 1234", section.TextContent);
        Assert.Empty(section.QuerySelectorAll("form, input"));
        Assert.DoesNotContain(page.QuerySelectorAll("input"), i => (i.GetAttribute("name") ?? "").Contains("Bank", StringComparison.OrdinalIgnoreCase)
            || (i.GetAttribute("name") ?? "").Contains("Iban", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AStaffAccount_WithoutMeans_SeesItsOwnDataAndNoMeans()
    {
        var desk = await StaffDesk.SignInAsync(factory);

        var page = await desk.Client.GetPageAsync("/profiel");

        var main = page.QuerySelector("main")!.TextContent;
        Assert.Equal("helpdesk", page.QuerySelectorAll("dl.summary dd")[1].TextContent.Trim());
        Assert.Contains("Aan dit account is geen eHerkenningsmiddel gekoppeld.", main);
        Assert.Empty(page.QuerySelectorAll("table.means, table.authorizations"));
    }

    [Theory]
    [InlineData("/profiel")]
    [InlineData("/profiel/e-mail")]
    [InlineData("/profiel/e-mail-bevestigen")]
    [InlineData("/profiel/responder-vervangen")]
    public async Task AnonymousVisitors_AreSentToTheLogIn(string path)
    {
        var response = await factory.CreateBrowserClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/inloggen?terug=" + Uri.EscapeDataString(path), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheHeader_LinksToMyProfile_ForHolders_ButNotForStaff()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var desk = await StaffDesk.SignInAsync(factory);

        Assert.NotNull((await holder.Client.GetPageAsync("/")).QuerySelector("header a[href='/profiel']"));
        Assert.Null((await desk.Client.GetPageAsync("/")).QuerySelector("header a[href='/profiel']"));
    }
}
