using Beheermodule.Core.Registration;

namespace Beheermodule.UnitTests.Registration;

public sealed class ManagerMeansTests
{
    [Fact]
    public void A_beheerder_who_is_a_user_is_found_by_e_mail_address_whatever_the_case_and_spaces() =>
        Assert.Equal(1, ManagerMeans.MatchingUser(" Kwik@Example.nl ", ["kwek@example.nl", "kwik@example.nl"]));

    [Fact]
    public void A_beheerder_who_is_no_user_gets_a_means_of_its_own() =>
        Assert.Equal(-1, ManagerMeans.MatchingUser("dagobert@example.nl", ["kwik@example.nl", null]));

    [Fact]
    public void Without_users_every_beheerder_gets_a_means_of_its_own() =>
        Assert.Equal(-1, ManagerMeans.MatchingUser("dagobert@example.nl", []));
}
