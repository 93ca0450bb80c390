using SkiaSharp;

namespace Beheermodule.Core.Pdf;

/// <summary>The embedded DejaVu fonts; never system fonts, so every document looks the same on every server.</summary>
internal static class PdfFonts
{
    private static readonly Lazy<SKTypeface> _regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> _bold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => _regular.Value;

    public static SKTypeface Bold => _bold.Value;

    private static SKTypeface Load(string fileName)
    {
        var name = $"{typeof(PdfFonts).Namespace}.Fonts.{fileName}";
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font '{name}' is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        // The typeface keeps reading from its data, so it gets its own copy rather than the resource stream.
        var data = SKData.CreateCopy(buffer.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font '{name}' cannot be read.");
    }
}
