using System.Net;
using Beheermodule.Web.Infrastructure;

namespace Beheermodule.IntegrationTests.Security;

/// <summary>Limits per address count clients, not spellings of one address.</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:192.0.2.10", "192.0.2.10")]
    [InlineData("192.0.2.10", "192.0.2.10")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::5", "2001:db8:1:2::/64")]
    public void AnAddress_CountsAsItsClient(string address, string client) =>
        Assert.Equal(client, WebSecurityExtensions.ClientAddress(IPAddress.Parse(address)));

    [Fact]
    public void NoAddress_IsOneUnknownClient() => Assert.Equal("unknown", WebSecurityExtensions.ClientAddress((IPAddress?)null));
}
