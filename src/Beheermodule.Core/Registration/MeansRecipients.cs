namespace Beheermodule.Core.Registration;

/// <summary>Why a person of an application gets a means, or a beheerder none.</summary>
public enum MeansRecipientCase
{
    /// <summary>A user: a new means.</summary>
    User,

    /// <summary>A user whose existing means is raised to the application's level (rule 13).</summary>
    Upgrade,

    /// <summary>A beheerder who is not one of the users and holds no means here of the level: a means of their own.</summary>
    BeheerderOwnMeans,

    /// <summary>A beheerder who is also one of the users: manages with that user's means.</summary>
    BeheerderIsUser,

    /// <summary>A beheerder who already holds a means of at least this level at the organisation: manages with it, no new means.</summary>
    BeheerderKeepsMeans,
}

public sealed record MeansRecipient(ApplicationPerson Person, MeansRecipientCase Case)
{
    /// <summary>This person gets a means from the application, or their means a new level: the level's evidence is needed.</summary>
    public bool GetsMeans => Case is MeansRecipientCase.User or MeansRecipientCase.Upgrade or MeansRecipientCase.BeheerderOwnMeans;
}

/// <summary>
/// Who gets a means from an application: every user, and every beheerder who is neither a user (same e-mail address)
/// nor the holder of a means of at least the application's level at the organisation (decided at submission, in
/// <see cref="ApplicationPerson.KeepsMeansId"/>).
/// </summary>
public static class MeansRecipients
{
    public static IReadOnlyList<MeansRecipient> Of(Application application)
    {
        var users = application.PersonsIn(PersonRole.MeansHolder).ToList();
        var recipients = users.Select(u => new MeansRecipient(u, u.UpgradesMeansId is null ? MeansRecipientCase.User : MeansRecipientCase.Upgrade)).ToList();
        var userEmails = users.Select(u => (string?)u.Email).ToList();
        foreach (var beheerder in application.PersonsIn(PersonRole.AuthorizationManager))
        {
            var @case = ManagerMeans.MatchingUser(beheerder.Email, userEmails) >= 0 ? MeansRecipientCase.BeheerderIsUser
                : beheerder.KeepsMeansId is not null ? MeansRecipientCase.BeheerderKeepsMeans
                : MeansRecipientCase.BeheerderOwnMeans;
            recipients.Add(new(beheerder, @case));
        }
        return recipients;
    }

    /// <summary>Only the people who get a means or a new level.</summary>
    public static IReadOnlyList<ApplicationPerson> Holders(Application application) =>
        Of(application).Where(r => r.GetsMeans).Select(r => r.Person).ToList();
}
