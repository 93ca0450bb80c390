using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Beheermodule.Web.Infrastructure;

/// <summary>
/// The messages model binding gives before any validation attribute runs (letters in a number field, a date that is
/// no date), in Dutch like every other message beside a field. The field's name is its Dutch display name.
/// </summary>
public static class DutchModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"'{value}' is geen geldige waarde voor {field}.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Vul {field} in.");
        messages.SetMissingKeyOrValueAccessor(() => "Vul een waarde in.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg aangekomen. Probeer het opnieuw.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De ingevulde waarde is niet geldig.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"De ingevulde waarde bij {field} is niet geldig.");
        messages.SetValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetValueMustBeANumberAccessor(field => $"Vul bij {field} een getal in.");
        messages.SetValueMustNotBeNullAccessor(_ => "Vul dit veld in.");
    }
}
