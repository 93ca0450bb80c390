using System.Security.Cryptography;
using Beheermodule.Core.Data;
using Beheermodule.IntegrationTests.Data;
using Npgsql;

namespace Beheermodule.IntegrationTests.Infrastructure;

/// <summary>
/// The whole application on a database of its own on the throwaway PostgreSQL server that ./test.sh starts, for the
/// rules whose races SQLite's single writer would hide: PostgreSQL runs simultaneous requests really at once.
/// </summary>
public class PostgresBeheermoduleFactory : BeheermoduleFactory
{
    private readonly string _database = $"beheermodule_test_{Guid.NewGuid():N}";
    private readonly string _keyEncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly string _pseudonymKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// A burst of a hundred requests opens as many new server connections at once; on a busy test machine that takes
    /// longer than Npgsql's 15-second default, which would turn a slow start into an error the test is not about.
    /// </summary>
    protected override IDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = DatabaseProvider.Postgres,
        ["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(PostgresTestServer.ConnectionString) { Database = _database, MaxPoolSize = 200, Timeout = 60, CommandTimeout = 60 }.ConnectionString,
        ["DataProtection:KeyEncryptionKey"] = _keyEncryptionKey,
        ["ServiceLogin:PseudonymKey"] = _pseudonymKey,
    };

    public override async Task InitializeAsync()
    {
        await PostgresTestServer.ExecuteAsync($"CREATE DATABASE \"{_database}\"");
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await PostgresTestServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }
}

/// <summary>The PostgreSQL server the tests may create databases on, named by <see cref="MigrationTests.PostgresVariable"/>.</summary>
public static class PostgresTestServer
{
    public static string ConnectionString
    {
        get
        {
            var connectionString = Environment.GetEnvironmentVariable(MigrationTests.PostgresVariable);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                Assert.Fail($"{MigrationTests.PostgresVariable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh, which starts a " +
                    $"throwaway PostgreSQL server and sets it, or set {MigrationTests.PostgresVariable} to a server you may create databases on " +
                    "(Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres).");
            }
            return connectionString;
        }
    }

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
