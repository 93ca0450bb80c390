namespace Beheermodule.Core.ServiceLogin;

/// <summary>
/// The addresses a client may send people back to, typed one per line by staff. Each must be absolute and HTTPS, as
/// the code travels in it; plain HTTP only for a service on the same machine (localhost, 127.0.0.1), as in development.
/// </summary>
public static class ServiceClientAddresses
{
    public sealed record Parsed(IReadOnlyList<Uri> Addresses, string? Error)
    {
        public bool IsValid => Error is null;
    }

    public static Parsed Parse(string? text, bool required)
    {
        var lines = (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
        {
            return new([], required ? "Vul ten minste één adres in." : null);
        }
        var addresses = new List<Uri>();
        foreach (var line in lines)
        {
            if (!Uri.TryCreate(line, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
            {
                return new([], $"'{line}' is geen volledig webadres. Begin met https://.");
            }
            if (uri.Scheme == "http" && uri.Host is not ("localhost" or "127.0.0.1"))
            {
                return new([], $"'{line}' gebruikt http. Alleen https is toegestaan, behalve voor localhost en 127.0.0.1.");
            }
            // OpenID Connect forbids a fragment in a return address: the code would be appended after it.
            if (uri.Fragment.Length > 0 || line.Contains('#'))
            {
                return new([], $"'{line}' bevat een #. Laat het deel vanaf # weg.");
            }
            if (!addresses.Contains(uri))
            {
                addresses.Add(uri);
            }
        }
        return new(addresses, null);
    }
}
