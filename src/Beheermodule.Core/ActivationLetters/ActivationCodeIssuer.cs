using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>A new aanmeldcode in clear, for the letter or e-mail only, and the record that stores just its hash.</summary>
public sealed record IssuedActivationCode(string Code, ActivationCode Record);

/// <summary>
/// Makes aanmeldcodes at the moment they leave the building (a letter printed, an e-mail sent): the readable code
/// goes into that letter or e-mail, the database gets only its keyed hash and its expiry.
/// </summary>
public sealed class ActivationCodeIssuer(IActivationCodeGenerator generator, ActivationCodeHasher hasher, IOptions<ActivationCodeOptions> options)
{
    public IssuedActivationCode Issue(int meansId, int? activationLetterId, DateTime now)
    {
        var code = generator.Generate();
        return new IssuedActivationCode(code, new ActivationCode
        {
            MeansId = meansId,
            ActivationLetterId = activationLetterId,
            CodeHash = hasher.Hash(code),
            Status = ActivationCodeStatus.Issued,
            IssuedAt = now,
            ExpiresAt = options.Value.ExpiresAt(now),
        });
    }
}
