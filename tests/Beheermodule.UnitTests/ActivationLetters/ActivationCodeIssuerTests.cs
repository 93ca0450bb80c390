using Beheermodule.Core.ActivationLetters;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.ActivationLetters;

public sealed class ActivationCodeIssuerTests
{
    private static readonly DateTime PrintedAt = new(2026, 11, 23, 9, 15, 0, DateTimeKind.Utc);

    private static ActivationCodeIssuer Issuer(int validityDays = 30, IActivationCodeGenerator? generator = null)
    {
        var options = Options.Create(new ActivationCodeOptions { HashKey = Convert.ToBase64String(new byte[32]), ValidityDays = validityDays });
        return new ActivationCodeIssuer(generator ?? new ActivationCodeGenerator(), new ActivationCodeHasher(options), options);
    }

    [Fact]
    public void Stores_only_the_keyed_hash_of_the_code_it_hands_out()
    {
        var issued = Issuer().Issue(meansId: 7, activationLetterId: 11, PrintedAt);

        Assert.Matches("^[0-9a-f]{64}$", issued.Record.CodeHash);
        Assert.DoesNotContain(issued.Code, issued.Record.CodeHash, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(issued.Code.Replace("-", ""), issued.Record.CodeHash, StringComparison.OrdinalIgnoreCase);
        var hasher = new ActivationCodeHasher(Options.Create(new ActivationCodeOptions { HashKey = Convert.ToBase64String(new byte[32]) }));
        Assert.True(hasher.Matches(issued.Code, issued.Record.CodeHash));
        Assert.Equal((7, 11, ActivationCodeStatus.Issued, PrintedAt), (issued.Record.MeansId, issued.Record.ActivationLetterId, issued.Record.Status, issued.Record.IssuedAt));
    }

    [Fact]
    public void A_code_works_until_30_days_after_printing_to_the_second()
    {
        var code = Issuer().Issue(1, null, PrintedAt).Record;

        Assert.Equal(ActivationCodeStatus.Issued, code.StatusAt(PrintedAt.AddDays(30).AddSeconds(-1)));
        Assert.Equal(ActivationCodeStatus.Expired, code.StatusAt(PrintedAt.AddDays(30)));
        Assert.Equal(ActivationCodeStatus.Expired, code.StatusAt(PrintedAt.AddDays(30).AddSeconds(1)));
    }

    [Fact]
    public void The_validity_follows_the_setting()
    {
        var code = Issuer(validityDays: 14).Issue(1, null, PrintedAt).Record;

        Assert.Equal(PrintedAt.AddDays(14), code.ExpiresAt);
    }

    [Theory]
    [InlineData(ActivationCodeStatus.Used)]
    [InlineData(ActivationCodeStatus.Revoked)]
    public void A_used_or_revoked_code_keeps_that_state_after_its_expiry(ActivationCodeStatus status)
    {
        var code = Issuer().Issue(1, null, PrintedAt).Record;
        code.Status = status;

        Assert.Equal(status, code.StatusAt(PrintedAt.AddDays(31)));
    }

    [Fact]
    public void Every_code_is_new()
    {
        var issuer = Issuer();

        var hashes = Enumerable.Range(0, 10_000).Select(_ => issuer.Issue(1, null, PrintedAt).Record.CodeHash).ToHashSet();

        Assert.Equal(10_000, hashes.Count);
    }
}
