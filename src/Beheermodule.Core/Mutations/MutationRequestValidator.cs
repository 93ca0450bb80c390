using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Registration.Drafts;
using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.Core.Mutations;

/// <summary>The public form's rules, with the Dutch message for each field. None of them depends on what the issuer knows.</summary>
public sealed class MutationRequestValidator(IKvkRegistry registry, ServiceCatalogue catalogue, RushDeadline calendar, TimeProvider clock)
{
    public const int RemarkMaxLength = 1000;

    public sealed record Valid(MutationKind Kind, KvkNumber KvkNumber, string HolderEmail, DateOnly? EndDate, string? NewKvkNumber, string? Remark,
        NewHolderDetails? NewDetails = null, RequestedAuthorizationChange? AuthorizationChange = null);

    public async Task<(Valid? Request, IReadOnlyList<FieldError> Errors)> ValidateAsync(MutationRequest input, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        var kindKnown = Enum.TryParse<MutationKind>(input.Kind, out var kind) && MutationKindExtensions.Public.Contains(kind);
        if (!kindKnown)
        {
            errors.Add(new(nameof(MutationRequest.Kind), "Kies wat u wilt wijzigen."));
        }
        if (!KvkNumber.TryParse(input.KvkNumber, out var kvkNumber, out var kvkError))
        {
            errors.Add(new(nameof(MutationRequest.KvkNumber), kvkError!));
        }
        if (PersonRules.EmailError(input.HolderEmail) is { } emailError)
        {
            errors.Add(new(nameof(MutationRequest.HolderEmail), emailError));
        }
        if (input.Remark?.Trim().Length > RemarkMaxLength)
        {
            errors.Add(new(nameof(MutationRequest.Remark), $"De toelichting mag hoogstens {RemarkMaxLength} tekens hebben."));
        }

        DateOnly? endDate = null;
        if (kindKnown && kind == MutationKind.EndMeans)
        {
            if (string.IsNullOrWhiteSpace(input.EndDate))
            {
                errors.Add(new(nameof(MutationRequest.EndDate), "Vul de datum in waarop het middel moet eindigen."));
            }
            else if (!PersonRules.TryParseDate(input.EndDate, out var date))
            {
                errors.Add(new(nameof(MutationRequest.EndDate), "Vul een geldige datum in, bijvoorbeeld 31-12-2026."));
            }
            else if (EndDateRule.Error(date, calendar.Today(clock.GetUtcNow().UtcDateTime)) is { } dateError)
            {
                errors.Add(new(nameof(MutationRequest.EndDate), dateError));
            }
            else
            {
                endDate = date;
            }
        }

        string? newKvkNumber = null;
        if (kindKnown && kind == MutationKind.NewKvkNumber)
        {
            if (!KvkNumber.TryParse(input.NewKvkNumber, out var parsed, out var newKvkError))
            {
                errors.Add(new(nameof(MutationRequest.NewKvkNumber), newKvkError!));
            }
            else if (errors.All(e => e.Field != nameof(MutationRequest.KvkNumber)) && parsed == kvkNumber)
            {
                errors.Add(new(nameof(MutationRequest.NewKvkNumber), "Het nieuwe KvK-nummer is gelijk aan het huidige. Vul het nieuwe nummer in."));
            }
            else
            {
                newKvkNumber = parsed.ToString();
            }
        }

        NewHolderDetails? newDetails = null;
        if (kindKnown && kind == MutationKind.HolderDetails)
        {
            newDetails = ValidateNewDetails(input, errors);
        }

        RequestedAuthorizationChange? authorizationChange = null;
        if (kindKnown && kind == MutationKind.AuthorizationChange)
        {
            authorizationChange = await ValidateAuthorizationChangeAsync(input, errors, cancellationToken);
        }

        if (errors.Count == 0 && kind == MutationKind.BranchToMainBranch)
        {
            // The register is public: saying "several vestigingen" reveals nothing about the issuer's customers.
            var check = BranchConversionRule.Check(kvkNumber.ToString(), await registry.LookupAsync(kvkNumber, cancellationToken));
            if (check.Verdict == BranchConversionVerdict.Refused)
            {
                errors.Add(new(nameof(MutationRequest.Kind), check.Message!));
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new Valid(kind, kvkNumber, PersonRules.NormaliseEmail(input.HolderEmail!), endDate, newKvkNumber,
                string.IsNullOrWhiteSpace(input.Remark) ? null : input.Remark.Trim(), newDetails, authorizationChange), errors);
    }

    private async Task<RequestedAuthorizationChange?> ValidateAuthorizationChangeAsync(MutationRequest input, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var before = errors.Count;
        if (!Enum.TryParse<AuthorizationChangeAction>(input.AuthorizationAction, out var action) || !Enum.IsDefined(action))
        {
            errors.Add(new(nameof(MutationRequest.AuthorizationAction), "Kies of de machtiging gegeven of ingetrokken moet worden."));
        }
        var services = await catalogue.AllAsync(cancellationToken);
        var service = int.TryParse(input.ServiceId, out var serviceId) ? services.FirstOrDefault(s => s.Id == serviceId) : null;
        if (service is null)
        {
            errors.Add(new(nameof(MutationRequest.ServiceId), "Kies de dienst waar het om gaat."));
        }
        int? years = null;
        if (action == AuthorizationChangeAction.Grant)
        {
            if (int.TryParse(input.Years, out var term) && AuthorizationManagement.AuthorizationTerm.IsAllowed(term))
            {
                years = term;
            }
            else
            {
                errors.Add(new(nameof(MutationRequest.Years), "Kies een geldigheid van 1, 3 of 5 jaar."));
            }
        }
        return errors.Count > before ? null : new(action, service!.Id, years);
    }

    /// <summary>At least one of the new name parts or the new address, each by the wizard's own rules.</summary>
    private static NewHolderDetails? ValidateNewDetails(MutationRequest input, List<FieldError> errors)
    {
        string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var (initials, surname, email) = (Given(input.NewInitials), Given(input.NewSurname), Given(input.NewHolderEmail));
        if (initials is null && surname is null && email is null)
        {
            errors.Add(new(nameof(MutationRequest.NewSurname), "Vul de nieuwe naam of het nieuwe e-mailadres van de gebruiker in."));
            return null;
        }
        var before = errors.Count;
        if (initials is not null && PersonRules.InitialsError(initials) is { } initialsError)
        {
            errors.Add(new(nameof(MutationRequest.NewInitials), initialsError));
        }
        if (surname is not null && PersonRules.SurnameError(surname) is { } surnameError)
        {
            errors.Add(new(nameof(MutationRequest.NewSurname), surnameError));
        }
        if (email is not null && PersonRules.EmailError(email) is { } emailError)
        {
            errors.Add(new(nameof(MutationRequest.NewHolderEmail), emailError));
        }
        return errors.Count > before ? null
            : new(initials is null ? null : PersonRules.NormaliseInitials(initials), surname, email is null ? null : PersonRules.NormaliseEmail(email));
    }
}
