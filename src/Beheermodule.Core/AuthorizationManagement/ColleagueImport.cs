using Beheermodule.Core.Accounts;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.AuthorizationManagement;

/// <summary>One line of the file: the colleague as read, and what is wrong with it.</summary>
public sealed record ImportedColleague(int Line, UserInput Colleague, IReadOnlyList<string> ServiceNames, IReadOnlyList<string> Errors);

/// <summary>The whole file checked: it can be imported only when it has rows and nothing is wrong anywhere.</summary>
public sealed record ColleagueImportPreview(IReadOnlyList<ImportedColleague> Rows, IReadOnlyList<string> FileErrors)
{
    public bool CanImport => FileErrors.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Errors.Count == 0);

    public int RowsWithErrors => Rows.Count(r => r.Errors.Count > 0);
}

/// <summary>
/// Reads a CSV of new colleagues (voorletters, achternaam, e-mailadres, mobiel, geboortedatum, diensten) and checks
/// every row with the application's own rules, plus duplicates within the file and colleagues who already hold a
/// means here. The file is read again at import, never trusted from the preview.
/// </summary>
public sealed class ColleagueImport(BeheermoduleDbContext db, EmailAddressOwnership ownership, ServiceCatalogue catalogue, TimeProvider clock, IOptions<RegistrationOptions> options)
{
    public static readonly string[] Columns = ["voorletters", "achternaam", "e-mailadres", "mobiel", "geboortedatum", "diensten"];

    /// <summary>Services in one cell are separated by this, as commas and semicolons separate the cells.</summary>
    public const char ServiceSeparator = '|';

    public const int MaxFileLength = 512 * 1024;

    public async Task<ColleagueImportPreview> ReadAsync(ManagedOrganisation organisation, string? csv, AssuranceLevel level,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(csv))
        {
            return Refused("Het bestand is leeg. Kies een CSV-bestand of plak de regels in het tekstvak.");
        }
        if (csv.Length > MaxFileLength)
        {
            return Refused($"Het bestand is te groot (hoogstens {MaxFileLength / 1024} kB).");
        }
        var lines = CsvText.Read(csv);
        var header = lines[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return Refused($"De eerste regel moet de kolomnamen bevatten: {string.Join(";", Columns)}. Ontbreekt: {string.Join(", ", missing)}.");
        }
        var records = lines.Skip(1).Where(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (records.Count == 0)
        {
            return Refused("Het bestand bevat alleen de kolomnamen. Zet elke collega op een eigen regel eronder.");
        }
        var maximum = options.Value.MaxUsersPerApplication;
        if (records.Count > maximum)
        {
            return Refused($"Eén aanvraag heeft hoogstens {maximum} gebruikers; dit bestand heeft er {records.Count}. Verdeel het over meer bestanden.");
        }

        var services = await catalogue.AllAsync(cancellationToken);
        var existingHolders = await ExistingHolderEmailsAsync(organisation.Id, cancellationToken);
        var today = DutchDates.Today(clock);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<ImportedColleague>();
        foreach (var record in records)
        {
            string Cell(string column)
            {
                var index = header.IndexOf(column);
                return index < record.Cells.Count ? record.Cells[index].Trim() : "";
            }
            var colleague = new UserInput
            {
                Initials = Cell("voorletters"),
                Surname = Cell("achternaam"),
                Email = Cell("e-mailadres"),
                Phone = Cell("mobiel"),
                DateOfBirth = Cell("geboortedatum"),
            };
            var errors = new List<string>();
            Add(errors, PersonRules.InitialsError(colleague.Initials));
            Add(errors, PersonRules.SurnameError(colleague.Surname));
            Add(errors, PersonRules.EmailError(colleague.Email));
            Add(errors, PersonRules.MobileError(colleague.Phone));
            Add(errors, PersonRules.DateOfBirthError(colleague.DateOfBirth, today, PersonRules.MinimumAgeOfUser));
            if (PersonRules.EmailError(colleague.Email) is null)
            {
                if (seen.TryGetValue(colleague.Email, out var firstLine))
                {
                    errors.Add($"Het e-mailadres {colleague.Email} staat ook op regel {firstLine}. Iedere collega heeft een eigen e-mailadres.");
                }
                else
                {
                    seen[colleague.Email] = record.Line;
                }
                if (existingHolders.Contains(colleague.Email))
                {
                    errors.Add($"{colleague.Email} heeft al een middel bij {organisation.Name}. Geef deze collega een machtiging in het overzicht.");
                }
                else if (PersonRules.InitialsError(colleague.Initials) is null && PersonRules.SurnameError(colleague.Surname) is null
                    && await ownership.IsAnotherPersonsAsync(colleague.Email, IdentityOf(colleague), cancellationToken))
                {
                    errors.Add($"{colleague.Email} hoort bij iemand anders dan {PersonRules.NormaliseInitials(colleague.Initials!)} {colleague.Surname}. Ieder persoon heeft een eigen e-mailadres.");
                }
            }
            var names = new List<string>();
            foreach (var wanted in Cell("diensten").Split(ServiceSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var matches = Match(services, wanted);
                if (matches.Count != 1)
                {
                    errors.Add(matches.Count == 0
                        ? $"De dienst '{wanted}' staat niet in de catalogus. Gebruik de naam zoals bij 'Machtiging geven', of de ServiceUUID."
                        : $"Er zijn {matches.Count} diensten met de naam '{wanted}'. Gebruik de ServiceUUID.");
                    continue;
                }
                var service = matches[0];
                if (!level.Satisfies(service.RequiredLevel))
                {
                    errors.Add($"De dienst '{service.Name}' vraagt minimaal {service.RequiredLevel.DisplayName()}; u vraagt {level.DisplayName()} aan.");
                }
                else if (!colleague.ServiceIds.Contains(service.Id))
                {
                    colleague.ServiceIds.Add(service.Id);
                    names.Add(service.DisplayName);
                }
            }
            rows.Add(new(record.Line, colleague, names, errors));
        }
        return new(rows, []);
    }

    private static ColleagueImportPreview Refused(string message) => new([], [message]);

    private static List<Service> Match(IReadOnlyList<Service> services, string wanted) =>
        Guid.TryParse(wanted, out var uuid)
            ? services.Where(s => s.ServiceUuid == uuid).ToList()
            : services.Where(s => string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(s.DisplayName, wanted, StringComparison.OrdinalIgnoreCase)).ToList();

    private async Task<HashSet<string>> ExistingHolderEmailsAsync(int organisationId, CancellationToken cancellationToken)
    {
        var emails = await db.Means.Where(m => m.OrganisationId == organisationId && m.Status != MeansStatus.Ended)
            .Select(m => m.HolderEmail).ToListAsync(cancellationToken);
        return emails.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static PersonIdentity IdentityOf(UserInput colleague) =>
        new(colleague.Initials!, colleague.Surname!, PersonRules.TryParseDate(colleague.DateOfBirth, out var date) ? date : null);

    private static void Add(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
