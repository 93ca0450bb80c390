using Beheermodule.Core.Accounts;
using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.UnitTests.Registration.Kvk;

/// <summary>Who binds the company by the Handelsregister: one zelfstandig bevoegde, or enough gezamenlijk bevoegden together.</summary>
public sealed class SigningAuthorityRuleTests
{
    private static readonly KvkFunctionary SoleDirector = new("D.", "Duck", new DateOnly(1970, 5, 1), "Bestuurder", SigningAuthority.Alone);
    private static readonly KvkFunctionary JointA = new("D.", "Duck", new DateOnly(1970, 5, 1), "Bestuurder", SigningAuthority.Jointly, 1);
    private static readonly KvkFunctionary JointB = new("W.", "Woudloper", new DateOnly(1972, 3, 4), "Bestuurder", SigningAuthority.Jointly, 1);

    private static PersonIdentity Duck => new("D.", "Duck", new DateOnly(1970, 5, 1));

    private static PersonIdentity Woudloper => new("W.", "Woudloper", new DateOnly(1972, 3, 4));

    [Fact]
    public void ARepresentative_IsFoundByNameAndDateOfBirth_AsPeopleWriteThem()
    {
        Assert.Equal(SoleDirector, SigningAuthorityRule.Find(new PersonIdentity("d", "DUCK", new DateOnly(1970, 5, 1)), [SoleDirector]).Functionary);
        Assert.False(SigningAuthorityRule.Find(new PersonIdentity("D.", "Duck", new DateOnly(1971, 5, 1)), [SoleDirector]).Found);
        Assert.False(SigningAuthorityRule.Find(new PersonIdentity("G.", "Gans", null), [SoleDirector]).Found);
    }

    [Fact]
    public void ASoleDirector_BindsAlone()
    {
        Assert.True(SigningAuthorityRule.Binds([SigningAuthorityRule.Find(Duck, [SoleDirector])]));
        Assert.Null(SigningAuthorityRule.Problem([SigningAuthorityRule.Find(Duck, [SoleDirector])], "Test BV"));
    }

    [Fact]
    public void OneOfTwoJointDirectors_DoesNotBind_BothTogetherDo()
    {
        var one = new[] { SigningAuthorityRule.Find(Duck, [JointA, JointB]) };
        var both = new[] { SigningAuthorityRule.Find(Duck, [JointA, JointB]), SigningAuthorityRule.Find(Woudloper, [JointA, JointB]) };

        Assert.False(SigningAuthorityRule.Binds(one));
        Assert.Equal("Deze handtekeningen binden Test BV niet: D. Duck is alleen samen met anderen bevoegd: er zijn 2 handtekeningen van bestuurders nodig.",
            SigningAuthorityRule.Problem(one, "Test BV"));
        Assert.True(SigningAuthorityRule.Binds(both));
    }

    [Fact]
    public void SomeoneNotInTheRegister_DoesNotBind_AndIsNamed()
    {
        var signers = new[] { SigningAuthorityRule.Find(new PersonIdentity("G.", "Gans", null), [SoleDirector]) };

        Assert.False(SigningAuthorityRule.Binds(signers));
        Assert.Equal("Deze handtekeningen binden Test BV niet: G. Gans staat niet als functionaris in het Handelsregister.", SigningAuthorityRule.Problem(signers, "Test BV"));
    }

    [Fact]
    public void TheSamePersonTwice_CountsOnce()
    {
        var twice = new[] { SigningAuthorityRule.Find(Duck, [JointA, JointB]), SigningAuthorityRule.Find(Duck, [JointA, JointB]) };

        Assert.False(SigningAuthorityRule.Binds(twice));
    }
}
