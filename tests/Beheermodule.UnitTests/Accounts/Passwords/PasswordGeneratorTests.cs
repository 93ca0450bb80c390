using Beheermodule.Core.Accounts.Passwords;

namespace Beheermodule.UnitTests.Accounts.Passwords;

public sealed class PasswordGeneratorTests
{
    public static TheoryData<string> Presets => new([PasswordPolicyOptions.Connectis, PasswordPolicyOptions.Afsprakenstelsel]);

    [Theory]
    [MemberData(nameof(Presets))]
    public void GeneratedPasswords_PassThePreset_AtTheConnectisMaximum(string preset)
    {
        var policy = preset == PasswordPolicyOptions.Connectis ? Policies.Connectis : Policies.Afsprakenstelsel;
        var generator = new PasswordGenerator(policy);
        var context = PasswordContext.ForUser("pvandam");

        var passwords = Enumerable.Range(0, 200).Select(_ => generator.Generate(context)).ToList();

        Assert.All(passwords, p => Assert.Equal(16, p.Length));
        Assert.All(passwords, p => Assert.Empty(policy.Check(p, context)));
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }
}
