using OtpNet;

namespace Beheermodule.Core.Otp;

/// <summary>One line of the vendor's file: what was read from it and, in Dutch, everything wrong with it.</summary>
public sealed record HardwareTokenRow(int Line, string SerialNumber, OtpResponderKind? Kind, byte[]? Seed, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public HardwareTokenRow WithError(string error) => this with { Errors = [.. Errors, error] };
}

/// <summary>
/// The vendor's token file read in full: <c>serial,secret,type</c> per line with a base32 secret and TOTP or HOTP, an
/// optional header, separated by <c>,</c> or <c>;</c>. All or nothing: it may be imported only when every row is valid.
/// </summary>
public sealed record HardwareTokenFile(IReadOnlyList<HardwareTokenRow> Rows, string? FileError)
{
    /// <summary>RFC 4226 asks for at least 128 bits; a shorter secret is a broken file.</summary>
    public const int MinimumSeedBytes = 16;

    public bool IsValid => FileError is null && Rows.All(r => r.IsValid);

    public static HardwareTokenFile Parse(string? text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select((content, index) => (Number: index + 1, Content: content.Trim().TrimStart('\uFEFF')))
            .Where(l => l.Content.Length > 0)
            .ToList();
        if (lines.Count > 0 && IsHeader(lines[0].Content))
        {
            lines.RemoveAt(0);
        }
        if (lines.Count == 0)
        {
            return new HardwareTokenFile([], "Het bestand bevat geen tokens. Verwacht per regel: serienummer, geheim (base32) en type (TOTP of HOTP).");
        }
        var rows = new List<HardwareTokenRow>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, content) in lines)
        {
            var row = ParseLine(number, content);
            if (row.SerialNumber.Length > 0)
            {
                if (firstLineOf.TryGetValue(row.SerialNumber, out var first))
                {
                    row = row.WithError($"Serienummer {row.SerialNumber} staat ook op regel {first}.");
                }
                else
                {
                    firstLineOf[row.SerialNumber] = number;
                }
            }
            rows.Add(row);
        }
        return new HardwareTokenFile(rows, null);
    }

    private static bool IsHeader(string line) =>
        Split(line) is [var serial, ..] && serial.Trim().Equals("serial", StringComparison.OrdinalIgnoreCase);

    // Base32 never contains either separator, so each line may use its own.
    private static string[] Split(string line) => line.Split(line.Contains(';') ? ';' : ',');

    private static HardwareTokenRow ParseLine(int number, string content)
    {
        var fields = Split(content).Select(f => f.Trim().Trim('"').Trim()).ToArray();
        if (fields.Length != 3)
        {
            return new HardwareTokenRow(number, "", null, null,
                [$"Regel heeft {fields.Length} {(fields.Length == 1 ? "veld" : "velden")}; verwacht zijn er 3: serienummer, geheim en type."]);
        }
        var errors = new List<string>();
        var serial = HardwareTokenSerial.Normalise(fields[0]) ?? "";
        if (serial.Length == 0)
        {
            errors.Add("Het serienummer ontbreekt.");
        }
        else if (!HardwareTokenSerial.IsWellFormed(serial))
        {
            errors.Add($"Serienummer mag alleen letters, cijfers en streepjes bevatten en hoogstens {HardwareTokenSerial.MaxLength} tekens lang zijn.");
        }
        var seed = ParseSeed(fields[1], errors);
        OtpResponderKind? kind = fields[2].ToUpperInvariant() switch
        {
            "TOTP" => OtpResponderKind.HardwareTotp,
            "HOTP" => OtpResponderKind.HardwareHotp,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(fields[2].Length == 0 ? "Het type ontbreekt: gebruik TOTP of HOTP." : $"Onbekend type '{fields[2]}': gebruik TOTP of HOTP.");
        }
        return new HardwareTokenRow(number, serial, kind, errors.Count == 0 ? seed : null, errors);
    }

    private static byte[]? ParseSeed(string text, List<string> errors)
    {
        var base32 = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).TrimEnd('=').ToUpperInvariant();
        if (base32.Length == 0)
        {
            errors.Add("Het geheim ontbreekt.");
            return null;
        }
        if (!base32.All(c => c is >= 'A' and <= 'Z' or >= '2' and <= '7'))
        {
            errors.Add("Het geheim is geen geldige base32 (alleen de letters A-Z en de cijfers 2-7).");
            return null;
        }
        var seed = Base32Encoding.ToBytes(base32);
        if (seed.Length < MinimumSeedBytes)
        {
            errors.Add($"Het geheim is te kort: minstens {MinimumSeedBytes * 8} bits ({MinimumSeedBytes} bytes) nodig.");
            return null;
        }
        return seed;
    }
}
