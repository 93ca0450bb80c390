using System.Net;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Backoffice;

public sealed class QueueFactory : BeheermoduleFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Backoffice:PageSize"] = "10" };
}

/// <summary>The queue: rush on top with its deadline, keyset paging, search and the scan box.</summary>
public sealed class QueueTests(QueueFactory factory) : IClassFixture<QueueFactory>
{
    private async Task<(int Id, string Reference)> ApplyAsync(string rush = "None", string kvk = "68750110")
    {
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(AssuranceLevel.EH2, kvk, null,
            [ApplicationJourney.User("Jansen", "het ondertekenen van e-Formulieren")], rush: rush);
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        return (id, await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Applications.Where(a => a.Id == id).Select(a => a.Reference))));
    }

    private static List<string> ReferencesOn(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.queue tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Rush_IsOnTop_WithItsDeadline_AndTurnsOverdueAfterTheCutOff()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var normal = await ApplyAsync();
        var rush = await ApplyAsync("SameDay");
        await desk.RecordContractReceivedAsync(normal.Id);
        await desk.RecordContractReceivedAsync(rush.Id);

        var page = await desk.Client.GetPageAsync("/backoffice?status=UnderReview");
        var references = ReferencesOn(page);
        Assert.True(references.IndexOf(rush.Reference) < references.IndexOf(normal.Reference), "rush must be listed before older normal applications");
        var rushRow = page.QuerySelectorAll("table.queue tbody tr").Single(r => r.TextContent.Contains(rush.Reference));
        Assert.Contains("Spoed", rushRow.TextContent);

        factory.Clock.Advance(TimeSpan.FromDays(3));
        desk = await StaffDesk.SignInAsync(factory);
        var later = await desk.Client.GetPageAsync("/backoffice?status=UnderReview");
        var overdueRow = later.QuerySelectorAll("table.queue tbody tr").Single(r => r.TextContent.Contains(rush.Reference));
        Assert.Contains("overdue", overdueRow.ClassName);
        Assert.Contains("Te laat", overdueRow.TextContent);
    }

    [Fact]
    public async Task Paging_WalksEveryApplicationOnce()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var created = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            created.Add((await ApplyAsync(i % 5 == 0 ? "SameDay" : "None")).Reference);
        }

        var seen = new List<string>();
        var path = "/backoffice?status=AwaitingContract";
        while (true)
        {
            var page = await desk.Client.GetPageAsync(path);
            seen.AddRange(ReferencesOn(page));
            var next = page.QuerySelector("main .actions a.button")?.GetAttribute("href");
            if (next is null)
            {
                break;
            }
            path = WebUtility.HtmlDecode(next);
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Superset(created.ToHashSet(), seen.ToHashSet());
    }

    [Fact]
    public async Task Search_FindsByReferenceKvkNameOrEmail_InEveryState()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var target = await ApplyAsync(kvk: "69599068");

        foreach (var term in new[] { target.Reference, "6959 9068", "Bolderbast", "jansen@example.nl" })
        {
            var page = await desk.Client.GetPageAsync($"/backoffice?zoek={Uri.EscapeDataString(term)}");
            Assert.Contains(target.Reference, ReferencesOn(page));
        }
        var none = await desk.Client.GetPageAsync("/backoffice?zoek=bestaat-niet-xyz");
        Assert.Empty(ReferencesOn(none));
    }

    [Fact]
    public async Task ScanBox_OpensTheApplication_OrSaysItIsUnknown()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var target = await ApplyAsync();

        var response = await desk.Client.PostFormAsync("/backoffice?handler=Scan", [new("reference", target.Reference.ToLowerInvariant() + " ")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StaffDesk.PathOf(target.Id), response.Headers.Location!.ToString());

        var (unknown, page) = await desk.Client.PostFormAndReadAsync("/backoffice?handler=Scan", [new("reference", "EH-1999-000000")]);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("Geen aanvraag met referentie", page.QuerySelector("#scan-message")!.TextContent);
    }

    [Fact]
    public async Task Tabs_ShowACountPerState()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        await ApplyAsync();

        var page = await desk.Client.GetPageAsync("/backoffice");

        var tabs = page.QuerySelectorAll(".tabs a").Select(a => a.TextContent).ToList();
        Assert.Equal(ApplicationQueue.Tabs.Count, tabs.Count);
        Assert.Contains(tabs, t => t.Contains("Wacht op contract") && int.Parse(t.Split().Last(s => s.Length > 0)) >= 1);
    }
}
