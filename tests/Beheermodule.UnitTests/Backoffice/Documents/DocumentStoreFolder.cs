using Beheermodule.Core.Backoffice.Documents;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Backoffice.Documents;

/// <summary>
/// A temporary folder per test: the store lives in outer/inner/documents (not created yet, the store must create
/// it), so "../../x.pdf" from there would reach outer/x.pdf, which exists.
/// </summary>
public sealed class DocumentStoreFolder : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("beheermodule-documents-");

    public DocumentStoreFolder()
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "outer", "inner"));
        OutsideFile = Path.Combine(_root.FullName, "outer", "x.pdf");
        File.WriteAllBytes(OutsideFile, DocumentSamples.Pdf);
    }

    public string StoreDirectory => Path.Combine(_root.FullName, "outer", "inner", "documents");

    /// <summary>A real PDF just outside the store folder, where a path-traversing name would lead.</summary>
    public string OutsideFile { get; }

    public DocumentStore Store(int maxBytes = DocumentOptions.DefaultMaxBytes) =>
        new(Options.Create(new DocumentOptions { Directory = StoreDirectory, MaxBytes = maxBytes }));

    /// <summary>Every file in the store folder, hidden temporary files included.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.Exists(StoreDirectory)
            ? Directory.EnumerateFiles(StoreDirectory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Select(path => Path.GetRelativePath(StoreDirectory, path))
                .ToList()
            : [];

    public void Dispose() => _root.Delete(recursive: true);
}
