using System.Net;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Beheermodule.IntegrationTests.Otp;

/// <summary>Staff bring the vendor's token file into stock: every row valid, or nothing at all.</summary>
public sealed class TokenImportTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private Task<int> StockAsync(params string[] serials) =>
        factory.WithDbAsync(db => db.HardwareTokens.CountAsync(t => serials.Contains(t.SerialNumber)));

    private static int Count(AngleSharp.Html.Dom.IHtmlDocument page, string id) => int.Parse(page.QuerySelector($"#{id}")!.TextContent.Trim());

    [Fact]
    public async Task AValidFile_IsImported_InStock_EncryptedAndAudited()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var before = Count(await desk.Client.GetPageAsync(TokenStock.TokensPath), "in-stock");
        var (totp, hotp) = (TokenStock.NewSerial(), TokenStock.NewSerial());
        var (totpSeed, hotpSeed) = (TokenStock.NewSeed(), TokenStock.NewSeed());

        var (response, _) = await TokenStock.UploadAsync(desk, "Import",
            $"serial;secret;type\n{TokenStock.Line(totp, totpSeed, "TOTP").Replace(',', ';')}\n{TokenStock.Line(hotp, hotpSeed, "HOTP").Replace(',', ';')}\n");

        var page = await TokenStock.FollowAsync(desk, response);
        Assert.Contains("2 tokens ingelezen", page.QuerySelector(".alert-ok")!.TextContent);
        Assert.Equal(before + 2, Count(page, "in-stock"));
        var tokens = await factory.WithDbAsync(db => db.HardwareTokens.AsNoTracking().Where(t => t.SerialNumber == totp || t.SerialNumber == hotp).ToListAsync());
        Assert.Equal(OtpResponderKind.HardwareTotp, tokens.Single(t => t.SerialNumber == totp).Kind);
        Assert.Equal(OtpResponderKind.HardwareHotp, tokens.Single(t => t.SerialNumber == hotp).Kind);
        Assert.All(tokens, t => Assert.Equal(("helpdesk", (int?)null), (t.ImportedBy, t.OtpResponderId)));
        await using var scope = factory.Services.CreateAsyncScope();
        var protector = scope.ServiceProvider.GetRequiredService<OtpSeedProtector>();
        var stored = tokens.Single(t => t.SerialNumber == totp).ProtectedSeed;
        Assert.DoesNotContain(Base32Encoding.ToString(totpSeed), stored);
        Assert.Equal(totpSeed, protector.Unprotect(stored));
        var audit = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Action == "otp.tokens-imported").OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("account:helpdesk", audit.Actor);
        Assert.StartsWith("2 tokens (1 TOTP, 1 HOTP)", audit.Details);
        Assert.False(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Details != null && e.Details.Contains(Base32Encoding.ToString(totpSeed)))));
    }

    [Fact]
    public async Task OneBadRow_NothingIsImported_AndTheRowSaysWhy()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var (good, bad) = (TokenStock.NewSerial(), TokenStock.NewSerial());

        var (response, page) = await TokenStock.UploadAsync(desk, "Import",
            $"{TokenStock.Line(good, TokenStock.NewSeed(), "TOTP")}\n{bad},NIET-BASE32-1890,TOTP\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Er is niets ingelezen", BrowserLikeClient.ErrorBeside(page, "Upload"));
        var rows = page.QuerySelectorAll("#preview tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("In orde", rows[0].TextContent);
        Assert.Contains("geen geldige base32", rows[1].TextContent);
        Assert.Equal(0, await StockAsync(good, bad));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "otp.tokens-import" && e.Outcome == AuditOutcome.Refused)));
    }

    [Fact]
    public async Task DuplicateSerials_InTheFileOrAlreadyInStock_AreRefused()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var (stocked, doubled, fresh) = (TokenStock.NewSerial(), TokenStock.NewSerial(), TokenStock.NewSerial());
        await new TokenStock(factory).AddAsync(stocked, OtpResponderKind.HardwareTotp);

        var (_, page) = await TokenStock.UploadAsync(desk, "Import", string.Join('\n',
            TokenStock.Line(fresh, TokenStock.NewSeed(), "HOTP"),
            TokenStock.Line(stocked.ToLowerInvariant(), TokenStock.NewSeed(), "TOTP"),
            TokenStock.Line(doubled, TokenStock.NewSeed(), "TOTP"),
            TokenStock.Line(doubled, TokenStock.NewSeed(), "HOTP")));

        var rows = page.QuerySelectorAll("#preview tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains($"Serienummer {stocked} zit al in de voorraad.", rows[1]);
        Assert.Contains("In orde", rows[2]);
        Assert.Contains($"Serienummer {doubled} staat ook op regel 3.", rows[3]);
        Assert.Equal(0, await StockAsync(fresh, doubled));
        Assert.Equal(1, await StockAsync(stocked));
    }

    [Fact]
    public async Task ThePreview_ChecksWithoutImporting_AndNeverShowsASeed()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var serial = TokenStock.NewSerial();
        var seed = TokenStock.NewSeed();

        var (_, page) = await TokenStock.UploadAsync(desk, "Preview", TokenStock.Line(serial, seed, "TOTP"));

        Assert.Contains("Alle 1 regels kloppen", page.QuerySelector("#controle")!.ParentElement!.TextContent);
        Assert.DoesNotContain(Base32Encoding.ToString(seed), page.DocumentElement.OuterHtml);
        Assert.Equal(0, await StockAsync(serial));
    }

    [Fact]
    public async Task NoFile_IsExplainedBesideTheField()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var page = await desk.Client.GetPageAsync(TokenStock.TokensPath);
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await desk.Client.Http.PostAsync($"{TokenStock.TokensPath}?handler=Import", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal("Kies het bestand van de leverancier (CSV).", BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(response), "Upload"));
    }
}
