using System.Diagnostics;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Pdf;
using Beheermodule.Core.Templates;
using SkiaSharp;

/// <summary>
/// A print batch of activation letters, as the backoffice will print them: 10,000 letters into one PDF, written to a
/// stream that only counts. Beside it the floor: the same strings in the same fonts drawn with SkiaSharp alone, with
/// no template, no model and no layout, so the ratio shows what our part costs on top of Skia's PDF writer.
/// </summary>
internal static class ActivationLetterBatchBenchmark
{
    private const int Letters = 10_000;

    public static void Run(TemplateRenderer templates)
    {
        var renderer = new ActivationLetterPdfRenderer(templates);
        var generator = new ActivationCodeGenerator();
        Console.WriteLine($"Print batch of {Letters:N0} activation letters into one PDF");

        // A short warm-up (template cache, Skia's glyph cache, first JIT tier) stands for a host that has printed
        // before. The JIT goes on optimising for some seconds more, so a second batch shows the steady state.
        renderer.RenderBatch(Batch(generator, 3000), Stream.Null);
        Report("ours, first batch", Time(output => renderer.RenderBatch(Batch(generator, Letters), output)));
        var ours = Time(output => renderer.RenderBatch(Batch(generator, Letters), output));
        Report("ours, next batch", ours);

        using var page = BarePage.From(renderer, Letter(generator, 0));
        Time(output => page.Draw(output, 3000));
        var bare = Time(output => page.Draw(output, Letters));
        Report($"bare SkiaSharp, {page.Runs} strings a page", bare);

        // The goal is stated in letters per second (ours / bare at least 0.7): the inverse of the time ratio.
        Console.WriteLine($"ours (next batch) / bare: {ours.Elapsed / bare.Elapsed:0.00} × the time per letter, {bare.Elapsed / ours.Elapsed:0.00} × the letters per second");
        Console.WriteLine($"process peak working set (whole run): {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
    }

    private static Figures Time(Action<Stream> render)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        using var sampler = new MemorySampler();
        var output = new CountingStream();
        var watch = Stopwatch.StartNew();
        render(output);
        watch.Stop();
        process.Refresh();
        return new Figures(watch.Elapsed, process.TotalProcessorTime - cpuBefore, output.Length, sampler.PeakWorkingSet, sampler.PeakManagedHeap);
    }

    private static void Report(string name, Figures figures) =>
        Console.WriteLine(
            $"{name,-36} {Letters / figures.Elapsed.TotalSeconds,8:N0} letters/s {figures.Elapsed.TotalSeconds,6:0.00} s " +
            $"(CPU {figures.Cpu.TotalSeconds:0.00} s)  {figures.Bytes / 1e6,5:0.0} MB PDF  " +
            $"peak working set {figures.PeakWorkingSet / 1e6:N0} MB, managed heap {figures.PeakManagedHeap / 1e6:N0} MB");

    /// <summary>Made as they are asked for, the way a database query hands them over.</summary>
    private static IEnumerable<ActivationLetterModel> Batch(ActivationCodeGenerator generator, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Letter(generator, i);
        }
    }

    private static ActivationLetterModel Letter(ActivationCodeGenerator generator, int number) => new()
    {
        Recipient = new("D. Duck", "Test EMZ Dagobert", "Damrak 1", "1012 LG", "Amsterdam"),
        HolderName = $"J. Jansen-{number}",
        Organisation = new("Test EMZ Dagobert", "69599084", "000038509504"),
        Level = AssuranceLevel.EH3,
        ActivationCode = generator.Generate(),
        ExpiresAt = new DateTime(2026, 12, 23, 9, 15, 0, DateTimeKind.Utc),
        LetterDate = new DateOnly(2026, 11, 23),
        ApplicationReference = $"EH-2026-{number:000000}",
        Issuer = new("Beheermodule eHerkenning", "088 000 00 00", "op werkdagen van 8.30 tot 17.00 uur", "https://eherkenning.example.nl/activeren"),
    };

    private sealed record Figures(TimeSpan Elapsed, TimeSpan Cpu, long Bytes, long PeakWorkingSet, long PeakManagedHeap);

    /// <summary>
    /// One letter's page drawn with SkiaSharp alone: the same strings, broken into lines once beforehand, in the
    /// letter's fonts and colours at fixed places, the rule under each heading, and the code in its tinted box with a
    /// cell per character. What Skia costs for the page without anything of ours (template, markup, layout, pictures).
    /// </summary>
    private sealed class BarePage(List<(string Text, float X, float Y, int Style)> runs, int headings, string code) : IDisposable
    {
        private const int Body = 0, Key = 1, Title = 2, Heading = 3, Subheading = 4;

        private static readonly SKColor Text = new(0x1C, 0x23, 0x2B);
        private static readonly SKColor Muted = new(0x5B, 0x65, 0x73);
        private static readonly SKColor Accent = new(0x1F, 0x3A, 0x5F);

        private readonly (SKFont Font, SKPaint Paint)[] _styles =
        [
            (Font(PdfFonts.Regular, 10), Paint(Text)),
            (Font(PdfFonts.Regular, 10), Paint(Muted)),
            (Font(PdfFonts.Bold, 20), Paint(Accent)),
            (Font(PdfFonts.Bold, 12.5f), Paint(Accent)),
            (Font(PdfFonts.Bold, 10.5f), Paint(Text)),
        ];

        private readonly SKFont _codeFont = Font(PdfFonts.Bold, 20);
        private readonly SKPaint _codePaint = Paint(Accent);
        private readonly SKPaint _codeBox = Paint(new SKColor(0xF2, 0xF4, 0xF7));
        private readonly SKPaint _rule = new() { Color = new SKColor(0xC9, 0xD0, 0xD8), StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };

        public int Runs => runs.Count;

        private static SKFont Font(SKTypeface typeface, float size) => new(typeface, size) { Subpixel = true, Hinting = SKFontHinting.None };

        private static SKPaint Paint(SKColor color) => new() { Color = color, IsAntialias = true };

        public static BarePage From(ActivationLetterPdfRenderer renderer, ActivationLetterModel letter)
        {
            var runs = new List<(string, float, float, int)>();
            using var measure = Font(PdfFonts.Regular, 10);
            var y = 60f;
            var headings = 0;
            foreach (var element in PdfMarkup.Parse(renderer.RenderMarkup(letter)).Elements)
            {
                var (texts, style) = element switch
                {
                    MarkupElement.Title title => ([title.Text], Title),
                    MarkupElement.Heading heading => ([heading.Text], Heading),
                    MarkupElement.Subheading subheading => ([subheading.Text], Subheading),
                    MarkupElement.Paragraph paragraph => ([paragraph.Text], Body),
                    MarkupElement.Bullet bullet => ([bullet.Mark, bullet.Text], Body),
                    MarkupElement.AddressLine line => ([line.Text], Body),
                    _ => (Array.Empty<string>(), Body),
                };
                headings += element is MarkupElement.Heading ? 1 : 0;
                if (element is MarkupElement.Row row)
                {
                    runs.Add((row.Key, 56, y, Key));
                    runs.Add((row.Value, 216, y, Body));
                    y += 14.5f;
                }
                foreach (var text in texts)
                {
                    var rest = text;
                    while (rest.Length > 0)
                    {
                        var fits = Math.Max((int)measure.BreakText(rest, 480), 1);
                        runs.Add((rest[..fits], 56, y, style));
                        rest = rest[fits..];
                        y += 14.5f;
                    }
                }
            }
            return new BarePage(runs, headings, letter.ActivationCode);
        }

        public void Draw(Stream output, int pages)
        {
            using var document = SKDocument.CreatePdf(output);
            Span<SKPoint> cells = stackalloc SKPoint[code.Length];
            for (var i = 0; i < code.Length; i++)
            {
                cells[i] = new SKPoint(70 + i * 16, 402);
            }
            for (var page = 0; page < pages; page++)
            {
                var canvas = document.BeginPage(595, 842);
                foreach (var (text, x, y, style) in runs)
                {
                    canvas.DrawText(text, x, y, SKTextAlign.Left, _styles[style].Font, _styles[style].Paint);
                }
                for (var i = 0; i < headings; i++)
                {
                    canvas.DrawLine(56, 300 + i * 120, 539, 300 + i * 120, _rule);
                }
                canvas.DrawRoundRect(SKRect.Create(56, 374, 230, 40), 4, 4, _codeBox);
                using (var blob = SKTextBlob.CreatePositioned(code, _codeFont, cells))
                {
                    canvas.DrawText(blob, 0, 0, _codePaint);
                }
                document.EndPage();
            }
            document.Close();
        }

        public void Dispose()
        {
            foreach (var (font, paint) in _styles)
            {
                font.Dispose();
                paint.Dispose();
            }
            _codeFont.Dispose();
            _codePaint.Dispose();
            _codeBox.Dispose();
            _rule.Dispose();
        }
    }

    /// <summary>Samples the working set and the managed heap every few milliseconds while a case runs.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stopped;

        public MemorySampler()
        {
            _thread = new Thread(Sample) { IsBackground = true };
            _thread.Start();
        }

        public long PeakWorkingSet { get; private set; }

        public long PeakManagedHeap { get; private set; }

        public void Dispose()
        {
            _stopped = true;
            _thread.Join();
        }

        private void Sample()
        {
            using var process = Process.GetCurrentProcess();
            while (!_stopped)
            {
                process.Refresh();
                PeakWorkingSet = Math.Max(PeakWorkingSet, process.WorkingSet64);
                PeakManagedHeap = Math.Max(PeakManagedHeap, GC.GetTotalMemory(false));
                Thread.Sleep(10);
            }
        }
    }

    /// <summary>Stands in for the printer: counts what it is sent and keeps nothing.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
