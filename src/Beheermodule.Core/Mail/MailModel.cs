using System.Text.Json.Serialization;

namespace Beheermodule.Core.Mail;

/// <summary>
/// The data of one kind of e-mail. TemplateName "X" renders templates/email/X.html and templates/email/X.txt;
/// every other public property is visible to both templates under its C# name.
/// </summary>
public abstract record MailModel
{
    [JsonIgnore]
    public abstract string TemplateName { get; }

    [JsonIgnore]
    public abstract string Subject { get; }
}
