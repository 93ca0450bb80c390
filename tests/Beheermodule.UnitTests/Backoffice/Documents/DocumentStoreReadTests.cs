using Beheermodule.Core.Backoffice.Documents;

namespace Beheermodule.UnitTests.Backoffice.Documents;

public sealed class DocumentStoreReadTests : IDisposable
{
    private const string WellFormed = "0123456789abcdef0123456789abcdef";
    private readonly DocumentStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> ForeignNames => new()
    {
        "../../x.pdf",
        "/etc/passwd",
        WellFormed + ".exe",
        WellFormed + ".txt",
        WellFormed + ".PDF",
        WellFormed + ".jpeg",
        WellFormed.ToUpperInvariant() + ".pdf",
        WellFormed[..31] + ".pdf",
        WellFormed + "0.pdf",
        WellFormed + ".pdf\n",
        WellFormed + ".pdf.exe",
        "..\\..\\x.pdf",
        "sub\\" + WellFormed + ".pdf",
        WellFormed + ".pdf\\..\\..\\x.pdf",
        WellFormed + ".pdf/../../x.pdf",
        "./" + WellFormed + ".pdf",
        ".upload-" + WellFormed + ".tmp",
        "",
    };

    [Theory]
    [MemberData(nameof(ForeignNames))]
    public void OpenRead_RefusesNamesTheStoreDidNotGenerate(string name)
    {
        PlantDecoy(name);

        Assert.False(DocumentStore.IsStoredName(name));
        Assert.Throws<ArgumentException>(() => _folder.Store().OpenRead(name));
    }

    [Theory]
    [MemberData(nameof(ForeignNames))]
    public void Delete_RefusesNamesTheStoreDidNotGenerate(string name)
    {
        var decoy = PlantDecoy(name);

        Assert.Throws<ArgumentException>(() => _folder.Store().Delete(name));

        Assert.True(File.Exists(_folder.OutsideFile));
        Assert.True(decoy is null || File.Exists(decoy));
    }

    [Theory]
    [InlineData(nameof(DocumentSamples.Pdf))]
    [InlineData(nameof(DocumentSamples.Jpeg))]
    [InlineData(nameof(DocumentSamples.Png))]
    public async Task StoredDocument_ReadsBackIdentical(string sample)
    {
        var bytes = (byte[])typeof(DocumentSamples).GetField(sample)!.GetValue(null)!;
        var store = _folder.Store();
        var stored = await store.SaveAsync(new MemoryStream(bytes), CancellationToken.None);
        Assert.True(stored.Succeeded, stored.Message);

        await using var read = store.OpenRead(stored.Document.StoredName);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task Delete_RemovesTheStoredFile_AndToleratesAMissingOne()
    {
        var store = _folder.Store();
        var stored = await store.SaveAsync(new MemoryStream(DocumentSamples.Pdf), CancellationToken.None);
        Assert.True(stored.Succeeded, stored.Message);

        store.Delete(stored.Document.StoredName);
        store.Delete(stored.Document.StoredName);

        Assert.Empty(_folder.Files());
        Assert.Throws<FileNotFoundException>(() => store.OpenRead(stored.Document.StoredName));
    }

    /// <summary>
    /// Puts a real file where a foreign name would lead inside the store folder, so only the name check can refuse
    /// it. Names with a slash lead outside (to <see cref="DocumentStoreFolder.OutsideFile"/>, or /etc/passwd) and
    /// are never written.
    /// </summary>
    private string? PlantDecoy(string name)
    {
        Directory.CreateDirectory(_folder.StoreDirectory);
        if (name.Length == 0 || name.Contains('/') || (OperatingSystem.IsWindows() && (name.Contains('\\') || name.Contains('\n'))))
        {
            return null;
        }
        var path = Path.Combine(_folder.StoreDirectory, name);
        File.WriteAllBytes(path, DocumentSamples.Pdf);
        return path;
    }
}
