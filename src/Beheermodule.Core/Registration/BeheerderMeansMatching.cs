using Beheermodule.Core.Accounts;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Registration;

/// <summary>What an application means for one beheerder: a means of their own, the user's means, or the one they hold.</summary>
public sealed record BeheerderMeans(MeansRecipientCase Case, int? KeptMeansId = null, AssuranceLevel? KeptLevel = null)
{
    /// <summary>The summary's sentence, after the beheerder's name.</summary>
    public string Describe(AssuranceLevel level) => Case switch
    {
        MeansRecipientCase.BeheerderIsUser => "is ook gebruiker en beheert de machtigingen met dat middel.",
        MeansRecipientCase.BeheerderKeepsMeans => $"heeft al een middel op {KeptLevel?.DisplayName()} bij deze organisatie en beheert daarmee; er komt geen nieuw middel bij.",
        _ => "is geen gebruiker en krijgt daarom een eigen middel om in de beheermodule in te loggen. Daarvoor betaalt u niets."
            + (LevelEvidence.PerHolder(level).Count > 0 ? $" Voor dit middel vraagt {level.DisplayName()} dezelfde stukken als voor een gebruiker." : ""),
    };
}

/// <summary>
/// Each beheerder of a draft against the organisation's means: one who is also a user manages with that user's
/// means; one who already holds a means of at least the level asked for, at this organisation, keeps it; anyone else
/// gets a means of their own, with the evidence of the level. The summary shows it, submission stores it.
/// </summary>
public sealed class BeheerderMeansMatching(BeheermoduleDbContext db)
{
    public async Task<IReadOnlyList<BeheerderMeans>> MatchAsync(ApplicationDraftData data, CancellationToken cancellationToken = default)
    {
        var beheerders = data.AuthorizationManagers?.Persons ?? [];
        var userEmails = (data.Users?.Persons ?? []).Select(u => u.Email).ToList();
        var held = new List<Means>();
        if (data.Organisation?.KvkNumber is { } kvkNumber && DraftValidator.TryGetLevel(data.Level, out var level))
        {
            held = await db.Means.AsNoTracking()
                .Where(m => m.Organisation.KvkNumber == kvkNumber && m.Status != MeansStatus.Ended && m.PendingLevel == null && m.Level >= level)
                .ToListAsync(cancellationToken);
        }
        return beheerders.Select(b =>
        {
            if (ManagerMeans.MatchingUser(b.Email, userEmails) >= 0)
            {
                return new BeheerderMeans(MeansRecipientCase.BeheerderIsUser);
            }
            var identity = new PersonIdentity(b.Initials ?? "", b.Surname ?? "", PersonRules.TryParseDate(b.DateOfBirth, out var born) ? born : null);
            var kept = held.Where(m => string.Equals(m.HolderEmail, b.Email?.Trim(), StringComparison.OrdinalIgnoreCase) && PersonIdentity.Of(m).IsSamePersonAs(identity))
                .OrderByDescending(m => m.Level).FirstOrDefault();
            return kept is null
                ? new BeheerderMeans(MeansRecipientCase.BeheerderOwnMeans)
                : new BeheerderMeans(MeansRecipientCase.BeheerderKeepsMeans, kept.Id, kept.Level);
        }).ToList();
    }
}
