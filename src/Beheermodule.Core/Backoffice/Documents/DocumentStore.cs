using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Backoffice.Documents;

/// <summary>
/// Keeps the documents the helpdesk uploads (signed contracts, copies of ID documents) in one folder outside the
/// web root, under generated names. The uploader's file name never reaches the file system: it is a display name
/// the caller keeps (<see cref="DisplayName"/>).
/// </summary>
public sealed partial class DocumentStore(IOptions<DocumentOptions> options)
{
    public const string FallbackDisplayName = "document";
    public const int MaxDisplayNameLength = 200;
    private const int BufferSize = 81920;

    /// <summary>
    /// Reads the upload in chunks into a temporary file in the store folder, so a large upload never sits in memory,
    /// and stops as soon as it passes the size limit or its first bytes show it is not a PDF, JPEG or PNG. A refused
    /// upload leaves no file behind; an accepted one is renamed to a generated name.
    /// </summary>
    public async Task<StoreResult> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var maxBytes = options.Value.MaxBytes;
        var directory = EnsureDirectory();
        // A name the stored-name pattern never matches, so a half-written upload cannot be opened or downloaded.
        var temporary = Path.Combine(directory, $".upload-{Guid.NewGuid():N}.tmp");
        var kept = false;
        try
        {
            var header = new byte[DocumentFormatSniffer.HeaderLength];
            var headerLength = 0;
            long size = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[BufferSize];
            await using (var file = new FileStream(temporary, TemporaryFileOptions()))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        return StoreResult.Rejected(DocumentRejection.TooLarge, maxBytes);
                    }
                    if (headerLength < header.Length)
                    {
                        var count = Math.Min(read, header.Length - headerLength);
                        buffer.AsSpan(0, count).CopyTo(header.AsSpan(headerLength));
                        headerLength += count;
                        if (headerLength == header.Length && DocumentFormatSniffer.Sniff(header) is null)
                        {
                            return StoreResult.Rejected(DocumentRejection.UnsupportedFormat, maxBytes);
                        }
                    }
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                // The caller records the document in the database next; the file must survive a crash after that commit.
                file.Flush(flushToDisk: true);
            }

            if (size == 0)
            {
                return StoreResult.Rejected(DocumentRejection.Empty, maxBytes);
            }
            // A file shorter than the longest signature is judged here, on the bytes it has.
            if (DocumentFormatSniffer.Sniff(header.AsSpan(0, headerLength)) is not { } format)
            {
                return StoreResult.Rejected(DocumentRejection.UnsupportedFormat, maxBytes);
            }

            var storedName = NewStoredName(format);
            File.Move(temporary, Path.Combine(directory, storedName), overwrite: false);
            kept = true;
            return StoreResult.Stored(new StoredDocument(storedName, format, size, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }
        finally
        {
            if (!kept)
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Opens a stored document. Throws <see cref="ArgumentException"/> for any name this store did not generate.</summary>
    public Stream OpenRead(string storedName) =>
        new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>
    /// Removes a stored document, e.g. when the database transaction that should record it fails. A missing file is
    /// not an error; a name this store did not generate is (<see cref="ArgumentException"/>).
    /// </summary>
    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    /// <summary>Only names of the form this store generates: 32 lowercase hex digits and a known extension.</summary>
    public static bool IsStoredName(string? storedName) => storedName is not null && StoredNamePattern().IsMatch(storedName);

    /// <summary>
    /// The uploader's file name, made safe to show and to offer as a download name: no folders (either separator),
    /// no control or invisible formatting characters, at most 200 characters; "document" when nothing is left.
    /// </summary>
    public static string DisplayName(string? originalName)
    {
        var name = originalName ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];

        var kept = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            // Format characters include the bidirectional overrides that make "rapport\u202Efdp.exe" read as "rapportexe.pdf".
            if (!char.IsControl(character) && CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.Format)
            {
                kept.Append(character);
            }
        }
        name = kept.ToString().Trim();

        if (name.Length > MaxDisplayNameLength)
        {
            // Never cut a surrogate pair in half: the remaining half is not a character.
            var length = char.IsHighSurrogate(name[MaxDisplayNameLength - 1]) ? MaxDisplayNameLength - 1 : MaxDisplayNameLength;
            name = name[..length].TrimEnd();
        }
        return name is "" or "." or ".." ? FallbackDisplayName : name;
    }

    private string PathOf(string storedName)
    {
        if (!IsStoredName(storedName))
        {
            throw new ArgumentException("Not a stored document name.", nameof(storedName));
        }
        var directory = Path.TrimEndingDirectorySeparator(options.Value.DirectoryPath());
        var path = Path.GetFullPath(Path.Combine(directory, storedName));
        // The pattern already rules out separators and dots before the extension; this guards a future change to it.
        if (!path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The document name points outside the document folder.", nameof(storedName));
        }
        return path;
    }

    private string EnsureDirectory()
    {
        var directory = options.Value.DirectoryPath();
        // Only the app's own user may list or read the documents (ID copies among them): 700 when it is created.
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return directory;
    }

    private static FileStreamOptions TemporaryFileOptions()
    {
        var fileOptions = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous,
            // Writes come in whole buffers already.
            BufferSize = 0,
        };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return fileOptions;
    }

    /// <summary>128 random bits: unguessable, and unrelated to anything the uploader sent.</summary>
    private static string NewStoredName(DocumentFormat format) =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + format.FileExtension();

    // \z, not $: $ also matches before a final newline. The extensions are those of DocumentFormats.FileExtension.
    [GeneratedRegex(@"^[0-9a-f]{32}\.(?:pdf|jpg|png)\z")]
    private static partial Regex StoredNamePattern();
}
