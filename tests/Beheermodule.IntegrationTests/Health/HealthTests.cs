using System.Net;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Beheermodule.IntegrationTests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_DatabaseReachable_Answers200()
    {
        await using var factory = new BeheermoduleFactory();
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_DatabaseGone_Answers503()
    {
        await using var factory = new BeheermoduleFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        // Take the database away under the running app: a folder where the file was cannot be opened.
        SqliteConnection.ClearAllPools();
        File.Delete(factory.DatabaseFile);
        Directory.CreateDirectory(factory.DatabaseFile);

        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
