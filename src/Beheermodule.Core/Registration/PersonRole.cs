namespace Beheermodule.Core.Registration;

public enum PersonRole
{
    LegalRepresentative = 1,
    AuthorizationManager = 2,
    MeansHolder = 3,
}

public static class PersonRoleExtensions
{
    public static string DisplayName(this PersonRole role) => role switch
    {
        PersonRole.LegalRepresentative => "wettelijk vertegenwoordiger",
        PersonRole.AuthorizationManager => "machtigingenbeheerder",
        PersonRole.MeansHolder => "gebruiker",
        _ => role.ToString(),
    };
}
