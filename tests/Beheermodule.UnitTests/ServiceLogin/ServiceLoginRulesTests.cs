using System.Security.Cryptography;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.ServiceLogin;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.ServiceLogin;

public sealed class ServiceLoginRulesTests : IDisposable
{
    private static readonly Guid ServiceA = Guid.Parse("6f1c2a4e-3b1d-4c59-9a0e-0c1e5f3d2a01");
    private static readonly Guid ServiceB = Guid.Parse("6f1c2a4e-3b1d-4c59-9a0e-0c1e5f3d2a02");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "beheermodule-unit", Guid.NewGuid().ToString("N"));

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static ActingSubjectPseudonyms Pseudonyms(string key) => new(Options.Create(new ServiceLoginOptions { PseudonymKey = key }));

    [Fact]
    public void ThePseudonym_IsStable_AndDiffersPerServiceOrganisationAndAccount()
    {
        var pseudonyms = Pseudonyms(NewKey());
        var pseudonym = pseudonyms.For(ServiceA, 7, "account-1");

        Assert.Matches("^[0-9a-f]{64}$", pseudonym);
        Assert.Equal(pseudonym, pseudonyms.For(ServiceA, 7, "account-1"));
        Assert.NotEqual(pseudonym, pseudonyms.For(ServiceB, 7, "account-1"));
        Assert.NotEqual(pseudonym, pseudonyms.For(ServiceA, 8, "account-1"));
        Assert.NotEqual(pseudonym, pseudonyms.For(ServiceA, 7, "account-2"));
        Assert.DoesNotContain("account-1", pseudonym);
    }

    [Fact]
    public void ThePseudonym_DependsOnTheServersKey()
    {
        Assert.NotEqual(Pseudonyms(NewKey()).For(ServiceA, 7, "account-1"), Pseudonyms(NewKey()).For(ServiceA, 7, "account-1"));
    }

    [Fact]
    public void WithoutAConfiguredKey_TheKeyFileIsMadeOnce_OwnerOnly_AndKeepsThePseudonymsTheSame()
    {
        var file = Path.Combine(_folder, "keys", "pseudonym.key");
        var options = Options.Create(new ServiceLoginOptions { PseudonymKeyFile = file });

        var first = new ActingSubjectPseudonyms(options).For(ServiceA, 7, "account-1");

        Assert.Equal(first, new ActingSubjectPseudonyms(options).For(ServiceA, 7, "account-1"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Theory]
    [InlineData(AssuranceLevel.EH1, "urn:etoegang:core:assurance-class:loa1")]
    [InlineData(AssuranceLevel.EH2, "urn:etoegang:core:assurance-class:loa2")]
    [InlineData(AssuranceLevel.EH2Plus, "urn:etoegang:core:assurance-class:loa2plus")]
    [InlineData(AssuranceLevel.EH3, "urn:etoegang:core:assurance-class:loa3")]
    [InlineData(AssuranceLevel.EH4, "urn:etoegang:core:assurance-class:loa4")]
    public void EachLevel_HasItsAssuranceClass(AssuranceLevel level, string urn) => Assert.Equal(urn, level.LevelUrn());

    [Theory]
    [InlineData(AssuranceLevel.EH3, SignInMethod.PasswordAndOtp, AssuranceLevel.EH3)]
    [InlineData(AssuranceLevel.EH4, SignInMethod.Certificate, AssuranceLevel.EH4)]
    [InlineData(AssuranceLevel.EH4, SignInMethod.PasswordAndOtp, AssuranceLevel.EH4)]
    [InlineData(AssuranceLevel.EH3, SignInMethod.Password, AssuranceLevel.EH2)]
    [InlineData(AssuranceLevel.EH2Plus, SignInMethod.Password, AssuranceLevel.EH2)]
    [InlineData(AssuranceLevel.EH2, SignInMethod.Password, AssuranceLevel.EH2)]
    public void APasswordAlone_ReachesNoMoreThanEH2(AssuranceLevel means, string method, AssuranceLevel reached) =>
        Assert.Equal(reached, ServiceAccessCheck.LevelReached(means, method));

    [Fact]
    public void Rule16_IsTheSeedsText_WithTheNamesFilledIn() =>
        Assert.Equal(
            "U heeft geen toegang tot de dienst 'Mijn RVO'. U kunt daarom niet optreden namens de volgende entiteit(en):\n" +
            "- Test BV Donald. Neem contact op met uw beheerder om de benodigde rechten te ontvangen.",
            ServiceAccessCheck.Rule16Message("Mijn RVO", "Test BV Donald"));

    private static ServiceLoginOptionsValidator Validator(string provider) =>
        new(Options.Create(new DatabaseOptions { Provider = provider, ConnectionString = "x" }));

    [Fact]
    public void Validator_RequiresAPseudonymKeyAndExistingKeyFiles_WithPostgres()
    {
        var signing = Path.Combine(_folder, "signing.pem");
        var encryption = Path.Combine(_folder, "encryption.pem");
        var validator = Validator(DatabaseProvider.Postgres);

        var missing = validator.Validate(null, new ServiceLoginOptions { SigningKeyFile = signing, EncryptionKeyFile = encryption });
        Assert.Contains("ServiceLogin:PseudonymKey", missing.FailureMessage);
        Assert.Contains("ServiceLogin:SigningKeyFile", missing.FailureMessage);
        Assert.Contains("ServiceLogin:EncryptionKeyFile", missing.FailureMessage);

        Directory.CreateDirectory(_folder);
        File.WriteAllText(signing, "pem");
        File.WriteAllText(encryption, "pem");
        Assert.True(validator.Validate(null, new ServiceLoginOptions { PseudonymKey = NewKey(), SigningKeyFile = signing, EncryptionKeyFile = encryption }).Succeeded);
    }

    [Fact]
    public void Validator_RefusesAPseudonymKeyThatIsNot32Bytes_AndMakesFilesWithSqlite()
    {
        var validator = Validator(DatabaseProvider.Sqlite);

        Assert.Contains("ServiceLogin:PseudonymKey", validator.Validate(null, new ServiceLoginOptions { PseudonymKey = "c2hvcnQ=" }).FailureMessage);
        Assert.True(validator.Validate(null, new ServiceLoginOptions()).Succeeded);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
