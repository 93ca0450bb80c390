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
    /// The strings of one letter, broken into lines once beforehand, drawn at fixed places with the letter's fonts:
    /// what Skia costs for the page without anything of ours.
    /// </summary>
    private sealed class BarePage(List<(string Text, float X, float Y, int Font)> runs) : IDisposable
    {
        private readonly SKFont[] _fonts =
        [
            new(PdfFonts.Regular, 10) { Subpixel = true, Hinting = SKFontHinting.None },
            new(PdfFonts.Bold, 10) { Subpixel = true, Hinting = SKFontHinting.None },
            new(PdfFonts.Bold, 20) { Subpixel = true, Hinting = SKFontHinting.None },
        ];

        private readonly SKPaint _paint = new() { Color = SKColors.Black, IsAntialias = true };

        public int Runs => runs.Count;

        public static BarePage From(ActivationLetterPdfRenderer renderer, ActivationLetterModel letter)
        {
            var runs = new List<(string, float, float, int)>();
            using var measure = new SKFont(PdfFonts.Regular, 10) { Subpixel = true, Hinting = SKFontHinting.None };
            var y = 60f;
            foreach (var element in PdfMarkup.Parse(renderer.RenderMarkup(letter)).Elements)
            {
                var (texts, font) = element switch
                {
                    MarkupElement.Title title => ([title.Text], 2),
                    MarkupElement.Heading heading => ([heading.Text], 1),
                    MarkupElement.Subheading subheading => ([subheading.Text], 1),
                    MarkupElement.Code code => ([code.Text], 2),
                    MarkupElement.Paragraph paragraph => ([paragraph.Text], 0),
                    MarkupElement.Bullet bullet => ([bullet.Mark, bullet.Text], 0),
                    MarkupElement.Row row => ([row.Key, row.Value], 0),
                    MarkupElement.AddressLine line => ([line.Text], 0),
                    _ => (Array.Empty<string>(), 0),
                };
                foreach (var text in texts)
                {
                    var rest = text;
                    while (rest.Length > 0)
                    {
                        var fits = Math.Max((int)measure.BreakText(rest, 480), 1);
                        runs.Add((rest[..fits], 56, y, font));
                        rest = rest[fits..];
                        y += 14.5f;
                    }
                }
            }
            return new BarePage(runs);
        }

        public void Draw(Stream output, int pages)
        {
            using var document = SKDocument.CreatePdf(output);
            for (var page = 0; page < pages; page++)
            {
                var canvas = document.BeginPage(595, 842);
                foreach (var (text, x, y, font) in runs)
                {
                    canvas.DrawText(text, x, y, SKTextAlign.Left, _fonts[font], _paint);
                }
                document.EndPage();
            }
            document.Close();
        }

        public void Dispose()
        {
            foreach (var font in _fonts)
            {
                font.Dispose();
            }
            _paint.Dispose();
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
