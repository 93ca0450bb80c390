using System.Net;
using System.Reflection;
using Beheermodule.Core.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Backoffice;

/// <summary>Every backoffice page and handler, found by reflection, refuses anonymous visitors and signed-in non-staff.</summary>
public sealed class BackofficeAccessTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    public static TheoryData<string, string> Requests()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in typeof(Beheermodule.Web.Backoffice.IndexModel).Assembly.GetTypes()
                     .Where(t => t.Namespace?.StartsWith("Beheermodule.Web.Backoffice", StringComparison.Ordinal) == true && typeof(PageModel).IsAssignableFrom(t)))
        {
            // The page's folder follows its namespace: Beheermodule.Web.Backoffice.Mutations.IndexModel is /Backoffice/Mutations/Index.
            var page = "/" + type.Namespace!["Beheermodule.Web.".Length..].Replace('.', '/') + "/" + type.Name[..^"Model".Length];
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name.StartsWith("OnGet") || m.Name.StartsWith("OnPost")))
            {
                var verb = method.Name.StartsWith("OnGet") ? "GET" : "POST";
                var handler = method.Name[(verb == "GET" ? 5 : 6)..].Replace("Async", "");
                data.Add(verb, $"{page}|{handler}");
            }
        }
        return data;
    }

    [Fact]
    public void EveryBackofficeHandler_IsInTheList()
    {
        var requests = Requests().Select(row => (string)row[1]).ToList();
        Assert.True(requests.Count >= 20, "the reflection must find the handlers of the queue, the application, print and mutation pages");
        Assert.Contains("/Backoffice/ActivationLetters/Index|Download", requests);
        Assert.Contains("/Backoffice/Mutations/Index|", requests);
        Assert.Contains("/Backoffice/Mutations/Mutation|CarryOut", requests);
        Assert.Contains("/Backoffice/Mutations/BankAccount|", requests);
        Assert.Contains("/Backoffice/OtpTokens/Index|Import", requests);
        Assert.Contains("/Backoffice/OtpResponders/Index|Revoke", requests);
        Assert.Contains("/Backoffice/Accounts/Index|Unlock", requests);
        Assert.Contains("/Backoffice/Accounts/Index|SendReenrolmentLink", requests);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Anonymous_IsSentToLogIn(string verb, string pageAndHandler)
    {
        var response = await SendAsync(factory.CreateBrowserClient(), verb, pageAndHandler);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task SignedInNonStaff_IsRefused(string verb, string pageAndHandler)
    {
        var client = await SignInHolderAsync();

        var response = await SendAsync(client.Http, verb, pageAndHandler);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task IdleSession_EndsAfterThirtyMinutes()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await desk.Client.Http.GetAsync("/backoffice")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        var response = await desk.Client.Http.GetAsync("/backoffice");
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string verb, string pageAndHandler)
    {
        var route = RouteOf(pageAndHandler.Split('|')[0]).Replace("{id:int}", "1");
        var handler = pageAndHandler.Split('|')[1];
        var url = handler.Length == 0 ? route : $"{route}?handler={handler}&documentId=1&id=1";
        return verb == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, new FormUrlEncodedContent([new("Version", Guid.Empty.ToString())]));
    }

    private string RouteOf(string page)
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var endpoint = endpoints.First(e => e.Metadata.GetMetadata<ActionDescriptor>() is Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor d && d.ViewEnginePath == page);
        return "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
    }

    private async Task<BrowserLikeClient> SignInHolderAsync()
    {
        var userName = "houder-" + Guid.NewGuid().ToString("N")[..8];
        const string password = "Kaart-4719";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var created = await users.CreateAsync(new UserAccount { UserName = userName, Email = $"{userName}@example.nl", Initials = "H.", Surname = "Houder" }, password);
            Assert.True(created.Succeeded);
        }
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var response = await client.PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
