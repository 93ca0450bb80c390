using System.Net;
using Beheermodule.Core.Mutations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Beheermodule.IntegrationTests.Mutations.MutationJourney;

namespace Beheermodule.IntegrationTests.Mutations;

/// <summary>Rule 10: the bank account changes only by staff, from the signed SEPA form, with a valid IBAN.</summary>
public sealed class BankAccountTests(MutationFactory factory) : IClassFixture<MutationFactory>
{
    private const string FormPath = "/backoffice/mutaties/rekeningnummer";

    [Fact]
    public async Task Staff_EnterTheSepaForm_AndCarryingItOutStoresTheIbanOnTheOrganisation()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var means = await new MutationJourney(factory).IssueMeansAsync(desk, "68750110", null, UniqueSurname());

        var (refused, page) = await desk.Client.PostFormAndReadAsync(FormPath, [Field("Input.KvkNumber", "68750110"), Field("Input.Iban", "NL91 ABNA 0417 1643 01")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(Beheermodule.Core.Identifiers.Iban.ChecksumMessage, BrowserLikeClient.ErrorBeside(page, "Input.Iban"));
        Assert.Equal("NL91 ABNA 0417 1643 01", BrowserLikeClient.ValueOf(page, "Input.Iban"));

        var created = await desk.Client.PostFormAsync(FormPath, [Field("Input.KvkNumber", "68750110"), Field("Input.Iban", "nl91 abna 0417 1643 00")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var mutationId = int.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
        Assert.Null(await factory.WithDbAsync(db => db.Organisations.Where(o => o.KvkNumber == "68750110").Select(o => o.BankAccount).SingleAsync()));

        StaffDesk.AssertDone(await ActAsync(desk, mutationId, "CarryOut"));

        Assert.Equal("NL91ABNA0417164300", await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == means.OrganisationId).Select(o => o.BankAccount).SingleAsync()));
        var mutation = await factory.WithDbAsync(db => db.Mutations.SingleAsync(m => m.Id == mutationId));
        Assert.Equal((MutationKind.BankAccount, MutationStatus.Done, 0m, "account:helpdesk"), (mutation.Kind, mutation.Status, mutation.Fee!.Value, mutation.ReceivedFrom));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "organisation.bank-account-changed" && e.Details!.Contains(mutation.Reference) && e.Details.Contains("4300"))));
        Assert.Contains("NL91 ABNA 0417 1643 00", (await desk.Client.GetPageAsync(PathOf(mutationId))).Body!.TextContent);
    }

    [Fact]
    public async Task AnOrganisationWeDoNotKnow_IsRefusedBesideTheKvkNumber()
    {
        var desk = await StaffDesk.SignInAsync(factory);

        var (_, page) = await desk.Client.PostFormAndReadAsync(FormPath, [Field("Input.KvkNumber", "90006577"), Field("Input.Iban", "NL91ABNA0417164300")]);

        Assert.Equal("Er is geen organisatie met KvK-nummer 90006577 bij ons bekend.", BrowserLikeClient.ErrorBeside(page, "Input.KvkNumber"));
    }

    [Fact]
    public async Task Anonymous_CannotOpenOrPostTheSepaForm()
    {
        var client = factory.CreateBrowserClient();

        var get = await client.GetAsync(FormPath);
        var post = await client.PostAsync(FormPath, new FormUrlEncodedContent([Field("Input.KvkNumber", "68750110"), Field("Input.Iban", "NL91ABNA0417164300")]));

        Assert.StartsWith("/inloggen", get.Headers.Location!.PathAndQuery);
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Mutations.CountAsync(m => m.Kind == MutationKind.BankAccount && !m.ReceivedFrom.StartsWith("account:"))));
    }
}
