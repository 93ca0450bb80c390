using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts.Certificates;

/// <summary>Every configured CA file must exist and hold a certificate, or the app does not start.</summary>
public sealed class CertificateTrustOptionsValidator : IValidateOptions<CertificateTrustOptions>
{
    public ValidateOptionsResult Validate(string? name, CertificateTrustOptions options)
    {
        var problems = new List<string>();
        foreach (var path in options.TrustedCaFiles)
        {
            if (!File.Exists(path))
            {
                problems.Add($"Certificates:TrustedCaFiles: '{path}' does not exist.");
            }
            else if (CertificateFile.Read(File.ReadAllBytes(path)) is null)
            {
                problems.Add($"Certificates:TrustedCaFiles: '{path}' is not a certificate (DER or PEM).");
            }
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
