using Beheermodule.Core.Otp;
using OtpNet;

namespace Beheermodule.UnitTests.Otp;

public sealed class HardwareTokenFileTests
{
    private static readonly byte[] Seed = "12345678901234567890"u8.ToArray();
    private static readonly string Secret = Base32Encoding.ToString(Seed);

    [Fact]
    public void AValidFile_WithHeaderAndCommas_IsReadInFull()
    {
        var file = HardwareTokenFile.Parse($"serial,secret,type\nTK-0001,{Secret},TOTP\r\ntk-0002,{Secret.ToLowerInvariant()},hotp\n");

        Assert.True(file.IsValid);
        Assert.Collection(file.Rows,
            row => Assert.Equal(("TK-0001", OtpResponderKind.HardwareTotp, 2), (row.SerialNumber, row.Kind!.Value, row.Line)),
            row => Assert.Equal(("TK-0002", OtpResponderKind.HardwareHotp, 3), (row.SerialNumber, row.Kind!.Value, row.Line)));
        Assert.Equal(Seed, file.Rows[0].Seed);
        Assert.Equal(Seed, file.Rows[1].Seed);
    }

    [Fact]
    public void AFileWithoutHeader_AndSemicolons_IsRead()
    {
        var file = HardwareTokenFile.Parse($"TK-0001;{Secret};TOTP\n\nTK-0002 ; {Secret} ; HOTP");

        Assert.True(file.IsValid);
        Assert.Equal(["TK-0001", "TK-0002"], file.Rows.Select(r => r.SerialNumber));
    }

    [Theory]
    [InlineData("TK-0001,NOT*BASE32!,TOTP", "geen geldige base32")]
    [InlineData("TK-0001,1890ABCD,TOTP", "geen geldige base32")]
    [InlineData("TK-0001,,TOTP", "Het geheim ontbreekt")]
    [InlineData("TK-0001,MFRGGZDF,TOTP", "te kort")]
    [InlineData("TK-0001,{secret},SMS", "Onbekend type 'SMS'")]
    [InlineData("TK-0001,{secret},", "Het type ontbreekt")]
    [InlineData(",{secret},TOTP", "Het serienummer ontbreekt")]
    [InlineData("TK/0001,{secret},TOTP", "alleen letters, cijfers en streepjes")]
    [InlineData("TK-0001,{secret}", "verwacht zijn er 3")]
    [InlineData("TK-0001,{secret},TOTP,extra", "verwacht zijn er 3")]
    public void ABadRow_GetsItsErrorInDutch_AndTheFileIsNotValid(string line, string error)
    {
        var file = HardwareTokenFile.Parse($"TK-0000,{Secret},TOTP\n{line.Replace("{secret}", Secret)}");

        Assert.False(file.IsValid);
        Assert.True(file.Rows[0].IsValid);
        var bad = file.Rows[1];
        Assert.Equal(2, bad.Line);
        Assert.Contains(bad.Errors, e => e.Contains(error, StringComparison.Ordinal));
        Assert.Null(bad.Seed);
    }

    [Fact]
    public void ADuplicateSerial_InTheFile_IsAnErrorOnTheSecondLine()
    {
        var file = HardwareTokenFile.Parse($"TK-0001,{Secret},TOTP\nTK-0002,{Secret},TOTP\ntk-0001,{Secret},HOTP");

        Assert.False(file.IsValid);
        Assert.True(file.Rows[0].IsValid);
        Assert.Equal("Serienummer TK-0001 staat ook op regel 1.", Assert.Single(file.Rows[2].Errors));
    }

    [Fact]
    public void OneBadRow_AmongManyGood_MakesTheWholeFileInvalid()
    {
        var lines = Enumerable.Range(1, 50).Select(i => $"TK-{i:0000},{Secret},TOTP").ToList();
        lines[37] = $"TK-0038,{Secret},TOTPX";

        var file = HardwareTokenFile.Parse(string.Join('\n', lines));

        Assert.False(file.IsValid);
        Assert.Equal(49, file.Rows.Count(r => r.IsValid));
        Assert.Equal(38, Assert.Single(file.Rows, r => !r.IsValid).Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("serial,secret,type\n")]
    [InlineData("\n \n")]
    public void AnEmptyFile_IsNotValid(string text)
    {
        var file = HardwareTokenFile.Parse(text);

        Assert.False(file.IsValid);
        Assert.Contains("geen tokens", file.FileError);
    }

    [Fact]
    public void ARowWithAnError_KeepsItsOtherErrorsToo()
    {
        var row = Assert.Single(HardwareTokenFile.Parse(",!!,XYZ").Rows);

        Assert.Equal(3, row.Errors.Count);
    }
}
