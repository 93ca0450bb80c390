using System.Diagnostics;
using System.Net;
using System.Text;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Registration.Kvk;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Registration.Kvk;

public class KvkApiRegistryTests
{
    private const string BaseUrl = "https://api.kvk.nl/test/api/";
    private const string ApiKey = "test-api-key";
    private const string DonaldProfileUrl = "https://api.kvk.nl/test/api/v1/basisprofielen/68750110";
    private const string DonaldBranchesUrl = "https://api.kvk.nl/test/api/v1/basisprofielen/68750110/vestigingen";

    private readonly FakeKvkHandler _handler = new();

    private KvkApiRegistry CreateRegistry(int timeoutSeconds = 10) => new(
        new HttpClient(_handler),
        Options.Create(new KvkOptions
        {
            Registry = KvkOptions.ApiRegistry,
            BaseUrl = BaseUrl,
            ApiKey = ApiKey,
            TimeoutSeconds = timeoutSeconds,
        }),
        NullLogger<KvkApiRegistry>.Instance);

    private Task<KvkLookupResult> LookupAsync(string kvkNumber, int timeoutSeconds = 10) =>
        CreateRegistry(timeoutSeconds).LookupAsync(KvkNumber.Parse(kvkNumber));

    [Fact]
    public async Task Found_company_carries_its_data_and_all_branches()
    {
        _handler.Answer(DonaldProfileUrl, HttpStatusCode.OK, RecordedKvkResponses.DonaldBasisprofiel);
        _handler.Answer(DonaldBranchesUrl, HttpStatusCode.OK, RecordedKvkResponses.DonaldVestigingen);

        var result = await LookupAsync("68750110");

        Assert.Equal(KvkLookupOutcome.Found, result.Outcome);
        var company = result.Company!;
        Assert.Equal("68750110", company.KvkNumber.Value);
        Assert.Equal("Test BV Donald", company.Name);
        Assert.Equal("BesloteVennootschap", company.LegalForm);
        Assert.Equal(Rsin.Parse("857587973"), company.Rsin);
        Assert.Equal(new KvkAddress("Hizzaarderlaan", "3 A", "8823 SJ", "Lollum"), company.Address);
        Assert.Equal("Hizzaarderlaan 3 A, 8823 SJ Lollum", company.Address.OneLine);

        Assert.Equal(2, company.Branches.Count);
        Assert.Equal("000037178598", company.MainBranch?.BranchNumber.Value);
        Assert.Equal(company.Address, company.MainBranch?.Address);
        var second = company.FindBranch(BranchNumber.Parse("000037178601"));
        Assert.NotNull(second);
        Assert.False(second.IsMainBranch);
        Assert.Equal("Test BV Donald Nevenvestiging", second.Name);
        Assert.Equal(new KvkAddress("Oude Boteringestraat", "44", "9712 GL", "Groningen"), second.Address);
    }

    [Fact]
    public async Task Sends_the_api_key_with_every_request()
    {
        _handler.Answer(DonaldProfileUrl, HttpStatusCode.OK, RecordedKvkResponses.DonaldBasisprofiel);
        _handler.Answer(DonaldBranchesUrl, HttpStatusCode.OK, RecordedKvkResponses.DonaldVestigingen);

        await LookupAsync("68750110");

        Assert.Equal([DonaldProfileUrl, DonaldBranchesUrl], _handler.Requests.Select(request => request.Url));
        Assert.All(_handler.Requests, request => Assert.Equal(ApiKey, request.ApiKey));
    }

    [Fact]
    public async Task A_404_means_not_found()
    {
        _handler.Answer("https://api.kvk.nl/test/api/v1/basisprofielen/12345678", HttpStatusCode.NotFound, RecordedKvkResponses.NotFound);

        var result = await LookupAsync("12345678");

        Assert.Equal(KvkLookupOutcome.NotFound, result.Outcome);
        Assert.Null(result.Company);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task An_ended_registration_is_inactive_and_keeps_its_data()
    {
        _handler.Answer("https://api.kvk.nl/test/api/v1/basisprofielen/96354429", HttpStatusCode.OK, RecordedKvkResponses.InactiveBasisprofiel);

        var result = await LookupAsync("96354429");

        Assert.Equal(KvkLookupOutcome.Inactive, result.Outcome);
        Assert.Equal("Test BV Opgeheven", result.Company?.Name);
        Assert.Equal("000038509563", result.Company?.MainBranch?.BranchNumber.Value);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Without_a_list_of_vestigingen_the_main_branch_is_the_only_one()
    {
        _handler.Answer(DonaldProfileUrl, HttpStatusCode.OK, RecordedKvkResponses.DonaldBasisprofiel);
        _handler.Answer(DonaldBranchesUrl, HttpStatusCode.NotFound, RecordedKvkResponses.NotFound);

        var result = await LookupAsync("68750110");

        Assert.Equal(KvkLookupOutcome.Found, result.Outcome);
        var branch = Assert.Single(result.Company!.Branches);
        Assert.True(branch.IsMainBranch);
        Assert.Equal("000037178598", branch.BranchNumber.Value);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task An_error_status_means_unavailable(HttpStatusCode status)
    {
        _handler.Answer(DonaldProfileUrl, status, RecordedKvkResponses.ServerError);

        var result = await LookupAsync("68750110");

        Assert.Equal(KvkLookupOutcome.Unavailable, result.Outcome);
        Assert.Null(result.Company);
    }

    [Fact]
    public async Task An_error_on_the_vestigingen_means_unavailable_rather_than_an_incomplete_list()
    {
        _handler.Answer(DonaldProfileUrl, HttpStatusCode.OK, RecordedKvkResponses.DonaldBasisprofiel);
        _handler.Answer(DonaldBranchesUrl, HttpStatusCode.InternalServerError, RecordedKvkResponses.ServerError);

        var result = await LookupAsync("68750110");

        Assert.Equal(KvkLookupOutcome.Unavailable, result.Outcome);
    }

    [Fact]
    public async Task A_registry_slower_than_the_timeout_means_unavailable()
    {
        _handler.Hang(DonaldProfileUrl);
        var stopwatch = Stopwatch.StartNew();

        var result = await LookupAsync("68750110", timeoutSeconds: 1);

        Assert.Equal(KvkLookupOutcome.Unavailable, result.Outcome);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_network_error_means_unavailable()
    {
        _handler.Fail(DonaldProfileUrl, new HttpRequestException("Connection refused"));

        var result = await LookupAsync("68750110");

        Assert.Equal(KvkLookupOutcome.Unavailable, result.Outcome);
    }

    [Theory]
    [InlineData(RecordedKvkResponses.Truncated)]
    [InlineData(RecordedKvkResponses.ProxyPage)]
    [InlineData("[]")]
    [InlineData("""{ "kvkNummer": "68750110" }""")]
    public async Task A_profile_that_is_not_the_expected_json_means_unavailable(string body)
    {
        _handler.Answer(DonaldProfileUrl, HttpStatusCode.OK, body);
        _handler.Answer(DonaldBranchesUrl, HttpStatusCode.OK, RecordedKvkResponses.DonaldVestigingen);

        var result = await LookupAsync("68750110");

        Assert.Equal(KvkLookupOutcome.Unavailable, result.Outcome);
    }

    [Theory]
    [InlineData(RecordedKvkResponses.Truncated)]
    [InlineData("""{ "kvkNummer": "68750110" }""")]
    [InlineData("""{ "vestigingen": [ { "vestigingsnummer": "37178598", "indHoofdvestiging": "Ja" } ] }""")]
    public async Task A_vestigingen_list_that_is_not_the_expected_json_means_unavailable(string body)
    {
        _handler.Answer(DonaldProfileUrl, HttpStatusCode.OK, RecordedKvkResponses.DonaldBasisprofiel);
        _handler.Answer(DonaldBranchesUrl, HttpStatusCode.OK, body);

        var result = await LookupAsync("68750110");

        Assert.Equal(KvkLookupOutcome.Unavailable, result.Outcome);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_passed_on()
    {
        _handler.Hang(DonaldProfileUrl);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => CreateRegistry().LookupAsync(KvkNumber.Parse("68750110"), cancellation.Token));
    }

    private sealed record RecordedRequest(string Url, string? ApiKey);

    /// <summary>Plays the KvK API: each URL gets a recorded answer, a hang, or a failure.</summary>
    private sealed class FakeKvkHandler : HttpMessageHandler
    {
        private readonly Dictionary<string, Func<CancellationToken, Task<HttpResponseMessage>>> _routes = [];

        public List<RecordedRequest> Requests { get; } = [];

        public void Answer(string url, HttpStatusCode status, string body) =>
            _routes[url] = _ => Task.FromResult(new HttpResponseMessage(status)
            {
                Content = new StringContent(body, Encoding.UTF8, body.TrimStart().StartsWith('<') ? "text/html" : "application/json"),
            });

        public void Hang(string url) =>
            _routes[url] = async cancellationToken =>
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new UnreachableException();
            };

        public void Fail(string url, Exception exception) => _routes[url] = _ => Task.FromException<HttpResponseMessage>(exception);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var url = request.RequestUri!.AbsoluteUri;
            Requests.Add(new RecordedRequest(url, request.Headers.TryGetValues("apikey", out var keys) ? keys.Single() : null));
            return _routes.TryGetValue(url, out var route)
                ? route(cancellationToken)
                : throw new InvalidOperationException($"The test did not expect a request to {url}.");
        }
    }
}
