using System.Net;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Hosting;

/// <summary>
/// The app starts again on the database and keys it made itself: the demo data is seeded once and read back (its
/// status links decrypted) without a set-up step in between.
/// </summary>
public sealed class RestartTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task ASecondStart_OnTheSameDatabaseAndKeys_Serves()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health")).StatusCode);

        await using var again = factory.WithWebHostBuilder(_ => { });

        Assert.Equal(HttpStatusCode.OK, (await again.CreateClient().GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.CreateClient().GetAsync("/.well-known/openid-configuration")).StatusCode);
    }
}
