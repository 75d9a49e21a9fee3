using System.Globalization;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Seed progress on a console: on a terminal one bar redrawn in place (at most ten times a second);
/// otherwise (CI, log files) a line per stage at every 10% and at the end. Thread-safe.
/// </summary>
/// <param name="output">Where to write.</param>
/// <param name="interactive">Whether <paramref name="output"/> is a terminal that understands <c>\r</c>.</param>
public sealed class ConsoleSeedProgress(TextWriter output, bool interactive) : ISeedProgress
{
    private const int BarWidth = 30;
    private static readonly long RedrawInterval = TimeSpan.FromMilliseconds(100).Ticks;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _printedTenths = new(StringComparer.Ordinal);
    private long _lastRedraw;

    /// <summary>Progress on standard output, redrawn when it is a terminal.</summary>
    /// <returns>The progress sink.</returns>
    public static ConsoleSeedProgress ForConsole() => new(Console.Out, !Console.IsOutputRedirected);

    /// <inheritdoc/>
    public void Report(string stage, long done, long total)
    {
        var fraction = total <= 0 ? 1.0 : Math.Clamp((double)done / total, 0.0, 1.0);
        var finished = done >= total;
        lock (_gate)
        {
            if (interactive)
            {
                var now = DateTime.UtcNow.Ticks;
                if (!finished && now - _lastRedraw < RedrawInterval)
                {
                    return;
                }
                _lastRedraw = now;
                var bar = new string('#', (int)(fraction * BarWidth)).PadRight(BarWidth, '.');
                output.Write(string.Create(CultureInfo.InvariantCulture, $"\r{stage,-20} [{bar}] {fraction * 100,3:F0}% {done:N0}/{total:N0}   "));
                if (finished)
                {
                    output.WriteLine();
                }
                return;
            }
            var tenths = (int)(fraction * 10);
            if (_printedTenths.TryGetValue(stage, out var printed) && tenths <= printed)
            {
                return;
            }
            _printedTenths[stage] = tenths;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage}: {done:N0}/{total:N0} ({fraction * 100:F0}%)"));
        }
    }
}
