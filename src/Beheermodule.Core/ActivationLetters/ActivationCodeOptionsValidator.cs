using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>What data annotations cannot check: that the hash key is base64 and long enough.</summary>
public sealed class ActivationCodeOptionsValidator : IValidateOptions<ActivationCodeOptions>
{
    public ValidateOptionsResult Validate(string? name, ActivationCodeOptions options)
    {
        // A missing key is reported by [Required]; saying more about it here would only repeat that.
        if (string.IsNullOrWhiteSpace(options.HashKey))
        {
            return ValidateOptionsResult.Skip;
        }
        if (!TryDecode(options.HashKey, out var key))
        {
            return ValidateOptionsResult.Fail("ActivationCodes:HashKey must be base64 (openssl rand -base64 32).");
        }
        if (key.Length < ActivationCodeOptions.MinimumHashKeyBytes)
        {
            return ValidateOptionsResult.Fail(
                $"ActivationCodes:HashKey must decode to at least {ActivationCodeOptions.MinimumHashKeyBytes} bytes; it has {key.Length}.");
        }
        return ValidateOptionsResult.Success;
    }

    internal static bool TryDecode(string hashKey, out byte[] key)
    {
        try
        {
            key = Convert.FromBase64String(hashKey.Trim());
            return true;
        }
        catch (FormatException)
        {
            key = [];
            return false;
        }
    }
}
