namespace Beheermodule.Core.Registration;

/// <summary>
/// A machtigingenbeheerder logs in to the beheermodule with a means. One who is also a user (same e-mail address)
/// holds the role on that user's means; for the other cases see <see cref="MeansRecipients"/>. A beheerder's own
/// means is not billed: the quote counts only the users.
/// </summary>
public static class ManagerMeans
{
    /// <summary>The position of the user the beheerder is, or -1 when the beheerder gets a means of its own.</summary>
    public static int MatchingUser(string? managerEmail, IReadOnlyList<string?> userEmails)
    {
        for (var i = 0; i < userEmails.Count; i++)
        {
            if (string.Equals(userEmails[i]?.Trim(), managerEmail?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
