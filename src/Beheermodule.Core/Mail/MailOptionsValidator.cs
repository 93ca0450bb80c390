using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Mail;

/// <summary>The rules data annotations cannot express: the nested Smtp section and settings that depend on each other.</summary>
public sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        var smtp = options.Smtp;
        if (smtp.Port is < 1 or > 65535)
        {
            failures.Add("Mail:Smtp:Port must be between 1 and 65535.");
        }
        if (!SmtpOptions.TryGetSocketOptions(smtp.Security, out _))
        {
            failures.Add($"Mail:Smtp:Security must be one of {string.Join(", ", SmtpOptions.SecurityNames)}.");
        }
        if (!string.IsNullOrEmpty(smtp.UserName) && string.IsNullOrEmpty(smtp.Password))
        {
            failures.Add("Mail:Smtp:Password is required when Mail:Smtp:UserName is set.");
        }
        if (!string.IsNullOrEmpty(smtp.UserName) && !options.UsesSmtp)
        {
            failures.Add("Mail:Smtp:Host is required when Mail:Smtp:UserName is set.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
