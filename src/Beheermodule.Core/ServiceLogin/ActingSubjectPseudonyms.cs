using System.Security.Cryptography;
using System.Text;
using Beheermodule.Core.Hosting;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ServiceLogin;

/// <summary>
/// Rule 15: the acting subject a service sees is a keyed hash of the service, the organisation and the account, never
/// the account id itself. So it is the same at every log-in and after an upgrade (the same account keeps acting for
/// the same organisation), differs between services (they cannot link a person) and between organisations.
/// </summary>
public sealed class ActingSubjectPseudonyms
{
    private readonly Lazy<byte[]> _key;

    public ActingSubjectPseudonyms(IOptions<ServiceLoginOptions> options)
    {
        var settings = options.Value;
        _key = new Lazy<byte[]>(() => SecretFiles.TryParseKey(settings.PseudonymKey, out var configured)
            ? configured
            : SecretFiles.ReadOrCreateKey(settings.PseudonymKeyFile, $"{ServiceLoginOptions.Section}:PseudonymKeyFile"));
    }

    public string For(Guid serviceUuid, int organisationId, string userAccountId)
    {
        var message = Encoding.UTF8.GetBytes($"{serviceUuid:D}\n{organisationId}\n{userAccountId}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, message));
    }
}
