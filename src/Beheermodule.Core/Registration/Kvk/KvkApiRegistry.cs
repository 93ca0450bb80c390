using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Beheermodule.Core.Identifiers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Registration.Kvk;

/// <summary>
/// The real Handelsregister through the KvK API Basisprofiel. Every failure of the registry (error status,
/// timeout, network, unexpected JSON) becomes <see cref="KvkLookupOutcome.Unavailable"/>; only the caller's
/// own cancellation is passed on.
/// </summary>
public sealed partial class KvkApiRegistry : IKvkRegistry
{
    private readonly HttpClient _httpClient;
    private readonly KvkOptions _options;
    private readonly ILogger<KvkApiRegistry> _logger;

    public KvkApiRegistry(HttpClient httpClient, IOptions<KvkOptions> options, ILogger<KvkApiRegistry> logger)
    {
        _httpClient = httpClient;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<KvkLookupResult> LookupAsync(KvkNumber kvkNumber, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            return await LookupWithinTimeoutAsync(kvkNumber, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("KvK lookup of {KvkNumber} took longer than {TimeoutSeconds} s.", kvkNumber, _options.TimeoutSeconds);
            return KvkLookupResult.Unavailable();
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException)
        {
            _logger.LogWarning(exception, "KvK lookup of {KvkNumber} failed.", kvkNumber);
            return KvkLookupResult.Unavailable();
        }
    }

    private async Task<KvkLookupResult> LookupWithinTimeoutAsync(KvkNumber kvkNumber, CancellationToken cancellationToken)
    {
        using var profileResponse = await GetAsync($"v1/basisprofielen/{kvkNumber}", cancellationToken);
        if (profileResponse.StatusCode == HttpStatusCode.NotFound)
        {
            return KvkLookupResult.NotFound();
        }
        if (!profileResponse.IsSuccessStatusCode)
        {
            _logger.LogWarning("KvK Basisprofiel of {KvkNumber} answered {StatusCode}.", kvkNumber, (int)profileResponse.StatusCode);
            return KvkLookupResult.Unavailable();
        }

        using var profile = await ReadJsonAsync(profileResponse, cancellationToken);
        var root = profile.RootElement;
        var name = GetString(root, "naam")
            ?? GetString(root, "statutaireNaam")
            ?? FirstTradeName(root)
            ?? throw new JsonException("The Basisprofiel has no name.");
        var owner = GetObject(root, "_embedded", "eigenaar");
        var mainBranch = GetObject(root, "_embedded", "hoofdvestiging");
        var address = ToAddress(mainBranch) ?? ToAddress(owner) ?? new KvkAddress("", "", "", "");
        var mainBranches = MainBranchOnly(mainBranch, name, address);

        var isInactive = !string.IsNullOrEmpty(GetString(root, "materieleRegistratie", "datumEinde"));
        if (isInactive)
        {
            // An ended registration is refused anyway; its vestigingen are not worth a second request.
            return KvkLookupResult.Inactive(ToCompany(kvkNumber, name, owner, address, mainBranches));
        }

        var branches = await GetBranchesAsync(kvkNumber, name, mainBranch, address, cancellationToken);
        if (branches is null)
        {
            return KvkLookupResult.Unavailable();
        }
        return KvkLookupResult.Found(ToCompany(kvkNumber, name, owner, address, branches.Count > 0 ? branches : mainBranches));
    }

    private async Task<List<KvkBranch>?> GetBranchesAsync(
        KvkNumber kvkNumber, string companyName, JsonElement? mainBranch, KvkAddress mainAddress, CancellationToken cancellationToken)
    {
        using var response = await GetAsync($"v1/basisprofielen/{kvkNumber}/vestigingen", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("KvK vestigingen of {KvkNumber} answered {StatusCode}.", kvkNumber, (int)response.StatusCode);
            return null;
        }

        using var document = await ReadJsonAsync(response, cancellationToken);
        if (!document.RootElement.TryGetProperty("vestigingen", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The vestigingen answer has no list of vestigingen.");
        }

        var mainBranchNumber = GetString(mainBranch, "vestigingsnummer");
        var branches = new List<KvkBranch>();
        foreach (var item in list.EnumerateArray())
        {
            var number = ParseBranchNumber(GetString(item, "vestigingsnummer"));
            // The structured address of the hoofdvestiging beats parsing the one-line form.
            var address = number.Value == mainBranchNumber ? mainAddress : ParseOneLineAddress(GetString(item, "volledigAdres"));
            branches.Add(new KvkBranch(
                number,
                GetString(item, "eersteHandelsnaam") ?? companyName,
                GetString(item, "indHoofdvestiging") == "Ja",
                address));
        }
        return branches;
    }

    private KvkCompany ToCompany(KvkNumber kvkNumber, string name, JsonElement? owner, KvkAddress address, List<KvkBranch> branches)
    {
        var rsinText = GetString(owner, "rsin");
        Rsin? rsin = null;
        if (rsinText is not null)
        {
            if (Rsin.TryParse(rsinText, out var parsed, out _))
            {
                rsin = parsed;
            }
            else
            {
                _logger.LogWarning("KvK gave {KvkNumber} an RSIN that fails the elfproef; it is left out.", kvkNumber);
            }
        }

        var legalForm = GetString(owner, "rechtsvorm") ?? GetString(owner, "uitgebreideRechtsvorm");
        return new KvkCompany(kvkNumber, name, legalForm ?? string.Empty, rsin, address, branches.AsReadOnly());
    }

    private static List<KvkBranch> MainBranchOnly(JsonElement? mainBranch, string companyName, KvkAddress address)
    {
        if (mainBranch is not { } main)
        {
            return [];
        }
        var number = ParseBranchNumber(GetString(main, "vestigingsnummer"));
        return [new KvkBranch(number, GetString(main, "eersteHandelsnaam") ?? companyName, true, address)];
    }

    private async Task<HttpResponseMessage> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{_options.BaseUrl.TrimEnd('/')}/{path}"));
        request.Headers.Add("apikey", _options.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new JsonException("The KvK answer is not a JSON object.");
        }
        return document;
    }

    private static BranchNumber ParseBranchNumber(string? text) =>
        BranchNumber.TryParse(text, out var number, out _)
            ? number
            : throw new JsonException($"The KvK answer holds an invalid vestigingsnummer '{text}'.");

    private static string? FirstTradeName(JsonElement root)
    {
        if (!root.TryGetProperty("handelsnamen", out var names) || names.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        return names.EnumerateArray()
            .Select(name => name.ValueKind == JsonValueKind.String ? name.GetString() : GetString(name, "naam"))
            .FirstOrDefault(name => !string.IsNullOrWhiteSpace(name));
    }

    /// <summary>The bezoekadres of a vestiging or owner; null when it has no usable address.</summary>
    private static KvkAddress? ToAddress(JsonElement? holder)
    {
        if (holder is not { } h || !h.TryGetProperty("adressen", out var addresses) || addresses.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var candidates = addresses.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).ToList();
        var chosen = candidates.FirstOrDefault(a => GetString(a, "type") == "bezoekadres");
        if (chosen.ValueKind != JsonValueKind.Object)
        {
            chosen = candidates.FirstOrDefault();
            if (chosen.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
        }

        var houseNumber = string.Join(' ', new[]
        {
            GetString(chosen, "huisnummer"),
            GetString(chosen, "huisletter"),
            GetString(chosen, "huisnummerToevoeging"),
        }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return new KvkAddress(
            GetString(chosen, "straatnaam") ?? string.Empty,
            houseNumber,
            NormalisePostalCode(GetString(chosen, "postcode")),
            GetString(chosen, "plaats") ?? string.Empty);
    }

    /// <summary>Splits "Hizzaarderlaan 3 A 8823SJ Lollum"; what does not fit that shape is kept whole as the street.</summary>
    private static KvkAddress ParseOneLineAddress(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new KvkAddress("", "", "", "");
        }
        var match = OneLineAddressPattern().Match(text.Trim());
        return match.Success
            ? new KvkAddress(
                match.Groups["street"].Value,
                match.Groups["number"].Value,
                NormalisePostalCode(match.Groups["postcode"].Value),
                match.Groups["city"].Value)
            : new KvkAddress(text.Trim(), "", "", "");
    }

    /// <summary>KvK writes "8823SJ"; the application shows "8823 SJ" everywhere.</summary>
    private static string NormalisePostalCode(string? postalCode)
    {
        var compact = (postalCode ?? string.Empty).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return compact.Length == 6 ? $"{compact[..4]} {compact[4..]}" : compact;
    }

    private static JsonElement? GetObject(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }
        return current.ValueKind == JsonValueKind.Object ? current : null;
    }

    /// <summary>A text or number field as text; KvK sends huisnummer as a number.</summary>
    private static string? GetString(JsonElement? element, params string[] path)
    {
        if (element is not { } current)
        {
            return null;
        }
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }
        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number => current.GetRawText(),
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?<street>.+?)\s+(?<number>\d+[A-Za-z]?(?:[\s-]+[A-Za-z0-9]{1,6})*?),?\s+(?<postcode>\d{4}\s?[A-Za-z]{2})\s+(?<city>.+)$")]
    private static partial Regex OneLineAddressPattern();
}
