using Beheermodule.Core.Backoffice;

namespace Beheermodule.UnitTests.Backoffice;

public sealed class QueueCursorTests
{
    [Fact]
    public void RoundTrips()
    {
        var cursor = new QueueCursor(true, new DateTime(2026, 11, 23, 9, 30, 12, 345, DateTimeKind.Utc), 4711);
        Assert.Equal(cursor, QueueCursor.Parse(cursor.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2.1.1")]
    [InlineData("1.abc.1")]
    [InlineData("1.1")]
    [InlineData("1.-5.3")]
    [InlineData("0.1.1.1")]
    public void Garbage_IsNoCursor(string? value)
    {
        Assert.Null(QueueCursor.Parse(value));
    }
}
