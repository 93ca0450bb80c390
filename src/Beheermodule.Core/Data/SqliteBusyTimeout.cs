using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beheermodule.Core.Data;

/// <summary>
/// SQLite lets one writer at a time. Without a busy timeout a write that finds the database locked fails at once and
/// Microsoft.Data.Sqlite tries it again only after 150 ms, which the service log-in benchmark showed as a long tail under
/// concurrent writes; SQLite's own busy handler waits in steps of a few milliseconds instead.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    /// <summary>As long as the commands' own timeout (the connection string's Default Timeout, at least 30 s).</summary>
    private const int Milliseconds = 30_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // SQLite works synchronously whatever the API says; one pragma on an open connection takes microseconds.
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {Milliseconds};";
        command.ExecuteNonQuery();
    }
}
