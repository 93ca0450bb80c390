using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Beheermodule.Core.Backoffice.Documents;

namespace Beheermodule.UnitTests.Backoffice.Documents;

public sealed class DocumentStoreSaveTests : IDisposable
{
    private readonly DocumentStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, DocumentFormat, string> Documents => new()
    {
        { nameof(DocumentSamples.Pdf), DocumentFormat.Pdf, ".pdf" },
        { nameof(DocumentSamples.Jpeg), DocumentFormat.Jpeg, ".jpg" },
        { nameof(DocumentSamples.Png), DocumentFormat.Png, ".png" },
    };

    public static TheoryData<string> NonDocuments => new()
    {
        nameof(DocumentSamples.WindowsExecutable),
        nameof(DocumentSamples.LinuxExecutable),
        nameof(DocumentSamples.Text),
        nameof(DocumentSamples.PdfSignatureNotAtStart),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Document_IsStored_WithItsFormatSizeAndHash(string sample, DocumentFormat format, string extension)
    {
        var bytes = Sample(sample);

        var result = await _folder.Store().SaveAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Null(result.Rejection);
        Assert.Equal(format, result.Document.Format);
        Assert.Equal(bytes.Length, result.Document.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), result.Document.Sha256);
        Assert.Matches("^[0-9a-f]{32}" + Regex.Escape(extension) + "$", result.Document.StoredName);
        Assert.Equal([result.Document.StoredName], _folder.Files());
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(_folder.StoreDirectory, result.Document.StoredName)));
    }

    [Theory]
    [MemberData(nameof(NonDocuments))]
    public async Task NonDocument_IsRefused_AndLeavesNoFile(string sample)
    {
        // The uploader called it x.pdf and sent Content-Type application/pdf; neither reaches the store.
        Assert.Equal("x.pdf", DocumentStore.DisplayName("x.pdf"));

        var result = await _folder.Store().SaveAsync(new MemoryStream(Sample(sample)), CancellationToken.None);

        AssertRefused(result, DocumentRejection.UnsupportedFormat, "Alleen PDF, JPEG of PNG is toegestaan.");
    }

    [Fact]
    public async Task LargeExecutable_IsRefusedOnItsFirstBytes_WithoutReadingTheRest()
    {
        var upload = new GeneratedUpload(DocumentSamples.WindowsExecutable, length: 5 * 1024 * 1024);

        var result = await _folder.Store().SaveAsync(upload, CancellationToken.None);

        AssertRefused(result, DocumentRejection.UnsupportedFormat, DocumentMessages.UnsupportedFormat);
        Assert.True(upload.BytesRead <= 128 * 1024, $"Read {upload.BytesRead} bytes of an executable.");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task SignatureSplitOverManyReads_IsStillRecognised(string sample, DocumentFormat format, string extension)
    {
        var bytes = Sample(sample);

        var result = await _folder.Store().SaveAsync(new GeneratedUpload(bytes, bytes.Length, maxChunk: 1), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(format, result.Document.Format);
        Assert.EndsWith(extension, result.Document.StoredName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), result.Document.Sha256);
    }

    [Fact]
    public async Task ExecutableSplitOverManyReads_IsRefused()
    {
        var bytes = DocumentSamples.LinuxExecutable;

        var result = await _folder.Store().SaveAsync(new GeneratedUpload(bytes, bytes.Length, maxChunk: 1), CancellationToken.None);

        AssertRefused(result, DocumentRejection.UnsupportedFormat, DocumentMessages.UnsupportedFormat);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    [InlineData(new byte[] { 0xFF, 0xD8 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A })]
    public async Task FileShorterThanItsSignature_IsRefused(byte[] bytes)
    {
        var result = await _folder.Store().SaveAsync(new MemoryStream(bytes), CancellationToken.None);

        AssertRefused(result, DocumentRejection.UnsupportedFormat, DocumentMessages.UnsupportedFormat);
    }

    [Fact]
    public async Task Empty_IsRefused()
    {
        var result = await _folder.Store().SaveAsync(new MemoryStream(), CancellationToken.None);

        AssertRefused(result, DocumentRejection.Empty, "Het bestand is leeg.");
    }

    [Fact]
    public async Task ExactlyMaxBytes_IsAccepted()
    {
        var result = await _folder.Store(maxBytes: 100).SaveAsync(new MemoryStream(DocumentSamples.PdfOfLength(100)), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(100, result.Document.Size);
    }

    [Fact]
    public async Task OneByteOverMaxBytes_IsRefused_AndLeavesNoFile()
    {
        var result = await _folder.Store(maxBytes: 100).SaveAsync(new MemoryStream(DocumentSamples.PdfOfLength(101)), CancellationToken.None);

        AssertRefused(result, DocumentRejection.TooLarge, "Het bestand is groter dan 100 bytes.");
    }

    [Fact]
    public async Task DefaultLimit_AcceptsTenMegabytes()
    {
        var result = await _folder.Store().SaveAsync(new GeneratedUpload(DocumentSamples.Pdf, 10 * 1024 * 1024), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(10 * 1024 * 1024, result.Document.Size);
    }

    [Fact]
    public async Task DefaultLimit_RefusesElevenMegabytes_AndStopsReadingSoonAfterTheLimit()
    {
        var upload = new GeneratedUpload(DocumentSamples.Pdf, 11 * 1024 * 1024);

        var result = await _folder.Store().SaveAsync(upload, CancellationToken.None);

        AssertRefused(result, DocumentRejection.TooLarge, "Het bestand is groter dan 10 MB.");
        Assert.True(upload.BytesRead <= DocumentOptions.DefaultMaxBytes + 128 * 1024, $"Read {upload.BytesRead} bytes.");
    }

    [Fact]
    public async Task CancelledUpload_LeavesNoFile()
    {
        using var cancellation = new CancellationTokenSource();
        var upload = new CancellingUpload(cancellation, afterBytes: 64 * 1024);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _folder.Store().SaveAsync(upload, cancellation.Token));

        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task StoredName_IsGenerated_NotTakenFromTheUpload()
    {
        var store = _folder.Store();

        var first = await store.SaveAsync(new MemoryStream(DocumentSamples.Pdf), CancellationToken.None);
        var second = await store.SaveAsync(new MemoryStream(DocumentSamples.Pdf), CancellationToken.None);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.NotEqual(first.Document.StoredName, second.Document.StoredName);
        Assert.Equal(first.Document.Sha256, second.Document.Sha256);
        foreach (var name in new[] { first.Document.StoredName, second.Document.StoredName })
        {
            Assert.True(DocumentStore.IsStoredName(name));
            Assert.DoesNotContain("x.pdf", name, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("contract", name, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Folder_IsCreatedForTheOwnerOnly()
    {
        Assert.False(Directory.Exists(_folder.StoreDirectory));

        var result = await _folder.Store().SaveAsync(new MemoryStream(DocumentSamples.Png), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        if (!OperatingSystem.IsWindows())
        {
            var owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            Assert.Equal(owner, File.GetUnixFileMode(_folder.StoreDirectory));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(Path.Combine(_folder.StoreDirectory, result.Document.StoredName)));
        }
    }

    private void AssertRefused(StoreResult result, DocumentRejection rejection, string message)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Document);
        Assert.Equal(rejection, result.Rejection);
        Assert.Equal(message, result.Message);
        Assert.Empty(_folder.Files());
    }

    private static byte[] Sample(string name) =>
        (byte[])typeof(DocumentSamples).GetField(name)!.GetValue(null)!;

    /// <summary>An upload whose request is aborted part-way: it cancels the token, then keeps delivering.</summary>
    private sealed class CancellingUpload(CancellationTokenSource cancellation, int afterBytes) : Stream
    {
        private readonly GeneratedUpload _inner = new(DocumentSamples.Pdf, 1024 * 1024);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _inner.BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_inner.BytesRead >= afterBytes)
            {
                cancellation.Cancel();
            }
            return _inner.Read(buffer);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = Read(buffer.Span);
            return cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : ValueTask.FromResult(read);
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
