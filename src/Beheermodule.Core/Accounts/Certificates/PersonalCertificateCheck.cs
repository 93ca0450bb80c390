using System.Security.Cryptography.X509Certificates;
using Beheermodule.Core.Organisations;

namespace Beheermodule.Core.Accounts.Certificates;

/// <summary>
/// Whether a certificate may be an EH4 holder's: a personal (not a CA) certificate, valid now, and issued under the
/// trust list; at registration also readable and with the holder's name. Gives the first problem as a Dutch sentence.
/// </summary>
public sealed class PersonalCertificateCheck(CertificateTrustList trust, TimeProvider clock)
{
    /// <summary>At registration: the uploaded file, checked against the holder the means is for.</summary>
    public string? Problem(X509Certificate2? certificate, Means means)
    {
        if (certificate is null)
        {
            return "Dit bestand is geen certificaat. Upload uw certificaat als .cer-, .crt- of .pem-bestand.";
        }
        if (TrustProblem(certificate) is { } problem)
        {
            return problem;
        }
        if (!NameMatches(certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false), means))
        {
            return $"De naam in het certificaat is niet die van de houder, {means.HolderName}.";
        }
        return null;
    }

    /// <summary>
    /// At every log-in: the certificate is checked again, as it may have expired, or its CA may have left the trust
    /// list, since it was registered. Each sentence is about the certificate itself, never about an account.
    /// </summary>
    public string? TrustProblem(X509Certificate2 certificate)
    {
        if (certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(c => c.CertificateAuthority))
        {
            return "Dit is het certificaat van een certificaatuitgever (CA), niet uw persoonlijke certificaat.";
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < certificate.NotBefore.ToUniversalTime())
        {
            return "Dit certificaat is nog niet geldig.";
        }
        if (now >= certificate.NotAfter.ToUniversalTime())
        {
            return "Dit certificaat is verlopen. Vraag bij uw certificaatuitgever een nieuw certificaat aan.";
        }
        if (!IsIssuedUnderTrustList(certificate, now))
        {
            return "Dit certificaat is niet uitgegeven door een PKIoverheid-certificaatuitgever die wij vertrouwen.";
        }
        return null;
    }

    private bool IsIssuedUnderTrustList(X509Certificate2 certificate, DateTime now)
    {
        if (trust.Roots.Count == 0)
        {
            return false;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trust.Roots);
        chain.ChainPolicy.ExtraStore.AddRange(trust.Intermediates);
        // The CAs' revocation lists are not reachable from here; revocation is the CA's own register.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        return chain.Build(certificate);
    }

    /// <summary>"Jan de Vries" or "J. de Vries" for J. de Vries: the first initial, and the surname at the end.</summary>
    private static bool NameMatches(string commonName, Means means)
    {
        var name = PersonNames.Comparable(commonName);
        var surname = PersonNames.Comparable(means.HolderSurname);
        var initials = PersonNames.Comparable(means.HolderInitials);
        return surname.Length > 0 && initials.Length > 0 && name.EndsWith(surname, StringComparison.Ordinal) && name[0] == initials[0];
    }
}
