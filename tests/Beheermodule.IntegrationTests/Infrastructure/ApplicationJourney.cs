using System.Net;
using Beheermodule.Core.Levels;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Infrastructure;

public sealed record TestPerson(string Initials, string Surname, string DateOfBirth, string Email, string Phone, params string[] Services);

/// <summary>
/// Intent methods for the application wizard, step by step as a person fills it in; in a new browser, or in one that
/// already has a draft (a beheerder's "Nieuwe collega").
/// </summary>
public sealed class ApplicationJourney(BeheermoduleFactory factory, BrowserLikeClient? client = null)
{
    public BrowserLikeClient Client { get; } = client ?? new(factory.CreateBrowserClient());

    public static readonly TestPerson Representative = new("D.", "Duck", "1970-05-01", "dagobert@example.nl", "020 123 4567");
    public static readonly TestPerson SecondRepresentative = new("W.", "Woudloper", "1972-03-04", "wonder@example.nl", "020 765 4321");

    public static TestPerson User(string surname, params string[] services) =>
        new("A.", surname, "1990-01-15", $"{surname.ToLowerInvariant()}@example.nl", "06 1234 5678", services);

    public async Task<HttpResponseMessage> ChooseLevelAsync(AssuranceLevel level, string rush = "None", bool upgrade = false)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.Level", level.DisplayName()), new("Input.Rush", rush), new("action", "next") };
        if (upgrade)
        {
            fields.Add(new("Input.IsUpgrade", "true"));
        }
        return await Client.PostFormAsync("/aanvragen", fields);
    }

    public Task<HttpResponseMessage> ChooseOrganisationAsync(string kvkNumber, string? branchNumber = null) =>
        Client.PostFormAsync("/aanvragen/organisatie",
        [
            new("Input.KvkNumber", kvkNumber),
            new("Input.RegisterOnBranch", branchNumber is null ? "false" : "true"),
            new("Input.BranchNumber", branchNumber ?? ""),
            new("action", "next"),
        ]);

    public Task<HttpResponseMessage> EnterLegalRepresentativesAsync(bool jointly = false, params TestPerson[] persons) =>
        Client.PostFormAsync("/aanvragen/vertegenwoordigers",
            PersonFields(persons).Append(new("Input.JointlyAuthorised", jointly ? "true" : "false")).Append(new("action", "next")));

    public Task<HttpResponseMessage> EnterAuthorizationManagersAsync(params TestPerson[] persons) =>
        Client.PostFormAsync("/aanvragen/beheerders", PersonFields(persons).Append(new("action", "next")));

    public async Task<HttpResponseMessage> EnterUsersAsync(params TestPerson[] users)
    {
        var serviceIds = await factory.WithDbAsync(db => db.Services.ToDictionaryAsync(s => s.Name, s => s.Id));
        var fields = PersonFields(users).ToList();
        for (var i = 0; i < users.Length; i++)
        {
            fields.AddRange(users[i].Services.Select(name => new KeyValuePair<string, string>($"Input.Persons[{i}].ServiceIds", serviceIds[name].ToString())));
        }
        fields.Add(new("action", "next"));
        return await Client.PostFormAsync("/aanvragen/gebruikers", fields);
    }

    /// <summary>Submits from the summary page and returns the status page's path (/status/{token}).</summary>
    public async Task<string> SubmitAsync()
    {
        var response = await Client.PostFormAsync("/aanvragen/overzicht", [new("AcceptTerms", "true"), new("action", "next")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/status/", location);
        return location.Split('?')[0];
    }

    /// <summary>The whole wizard with valid data; every step must move on.</summary>
    public async Task<string> ApplyAsync(AssuranceLevel level, string kvkNumber, string? branchNumber, IReadOnlyList<TestPerson> users,
        string rush = "None", bool upgrade = false, bool jointly = false, TestPerson? manager = null, IReadOnlyList<TestPerson>? representatives = null)
    {
        AssertMovedTo("/aanvragen/organisatie", await ChooseLevelAsync(level, rush, upgrade));
        AssertMovedTo("/aanvragen/vertegenwoordigers", await ChooseOrganisationAsync(kvkNumber, branchNumber));
        AssertMovedTo("/aanvragen/beheerders", await EnterLegalRepresentativesAsync(jointly, [.. representatives ?? (jointly ? [Representative, SecondRepresentative] : [Representative])]));
        AssertMovedTo("/aanvragen/gebruikers", await EnterAuthorizationManagersAsync(manager ?? Representative));
        AssertMovedTo("/aanvragen/overzicht", await EnterUsersAsync([.. users]));
        return await SubmitAsync();
    }

    /// <summary>The EH1 confirmation link in the confirmation e-mail's text, as the full address; empty when there is none.</summary>
    public static string ConfirmationLinkIn(string? mailText) =>
        System.Text.RegularExpressions.Regex.Match(mailText ?? "", $@"{BeheermoduleFactory.PublicBaseUrl}/aanvragen/bevestigen/[A-Za-z0-9_\-]+").Value;

    public static void AssertMovedTo(string path, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect to {path}, got {(int)response.StatusCode}: {ErrorsIn(response)}");
        Assert.Equal(path, response.Headers.Location?.ToString());
    }

    private static string ErrorsIn(HttpResponseMessage response)
    {
        var page = BrowserLikeClient.ReadPageAsync(response).GetAwaiter().GetResult();
        return string.Join(" | ", page.QuerySelectorAll(".error-message").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
    }

    public static IEnumerable<KeyValuePair<string, string>> PersonFields(IReadOnlyList<TestPerson> persons)
    {
        for (var i = 0; i < persons.Count; i++)
        {
            var p = persons[i];
            yield return new($"Input.Persons[{i}].Initials", p.Initials);
            yield return new($"Input.Persons[{i}].Surname", p.Surname);
            yield return new($"Input.Persons[{i}].DateOfBirth", p.DateOfBirth);
            yield return new($"Input.Persons[{i}].Email", p.Email);
            yield return new($"Input.Persons[{i}].Phone", p.Phone);
        }
    }
}
