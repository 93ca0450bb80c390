using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Beheermodule.Benchmarks.ServiceLogins;

/// <summary>
/// A client's secret as OpenIddict stores it: PBKDF2 in ASP.NET Core Identity's layout (0x01, the PRF as 0 SHA-1,
/// 1 SHA-256 or 2 SHA-512, the iteration count and the salt length as big-endian uint32, the salt, the subkey). The
/// figures are read from the stored hash itself, and <see cref="Verify"/> must reproduce its subkey from the known
/// secret before anything is timed, so the bare figure is the token endpoint's own check and not an assumption.
/// </summary>
internal sealed record ClientSecretHash(HashAlgorithmName Prf, int Iterations, byte[] Salt, byte[] Subkey)
{
    /// <summary>The stored hash of <paramref name="clientId"/> in the app's database; null when it is not in this layout.</summary>
    public static async Task<ClientSecretHash?> ReadAsync(string connectionString, string clientId)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ClientSecret FROM OpenIddictApplications WHERE ClientId = $clientId";
        command.Parameters.AddWithValue("$clientId", clientId);
        return await command.ExecuteScalarAsync() is string stored ? Parse(Convert.FromBase64String(stored)) : null;
    }

    private static ClientSecretHash? Parse(byte[] payload)
    {
        if (payload.Length < 13 || payload[0] != 0x01)
        {
            return null;
        }
        HashAlgorithmName? prf = BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(1, 4)) switch
        {
            0 => HashAlgorithmName.SHA1,
            1 => HashAlgorithmName.SHA256,
            2 => HashAlgorithmName.SHA512,
            _ => null,
        };
        var iterations = BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(5, 4));
        var saltLength = BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(9, 4));
        if (prf is null || iterations is 0 or > int.MaxValue || saltLength >= payload.Length - 13)
        {
            return null;
        }
        var salt = payload.AsSpan(13, (int)saltLength).ToArray();
        return new ClientSecretHash(prf.Value, (int)iterations, salt, payload.AsSpan(13 + salt.Length).ToArray());
    }

    public string Description => $"PBKDF2-HMAC-{Prf.Name}, {Iterations:N0} iterations, {Salt.Length * 8}-bit salt, {Subkey.Length * 8}-bit subkey";

    public bool Verify(string secret) =>
        CryptographicOperations.FixedTimeEquals(Subkey, Rfc2898DeriveBytes.Pbkdf2(secret, Salt, Iterations, Prf, Subkey.Length));

    /// <summary>Verifications a second by <paramref name="threads"/> threads at once, with nothing around them.</summary>
    public double VerificationsPerSecond(string secret, int threads, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        var counts = new int[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            while (watch.Elapsed < duration)
            {
                if (!Verify(secret))
                {
                    throw new InvalidOperationException("The bare verification of the client secret failed.");
                }
                counts[i]++;
            }
        });
        watch.Stop();
        return counts.Sum() / watch.Elapsed.TotalSeconds;
    }
}
