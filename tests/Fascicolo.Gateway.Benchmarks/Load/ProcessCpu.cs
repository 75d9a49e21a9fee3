using System.Globalization;

namespace Fascicolo.Gateway.Benchmarks.Load;

/// <summary>
/// CPU time used by a process and its descendants, from Linux's <c>/proc</c>. On a machine shared
/// with other work, requests/s swing with what else runs; CPU time per request does much less, so
/// the report gives both.
/// </summary>
public static class ProcessCpu
{
    /// <summary>Clock ticks per second of <c>/proc/[pid]/stat</c> (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>The CPU time (user + system) used so far by <paramref name="rootPids"/> and every descendant still running.</summary>
    /// <param name="rootPids">The processes.</param>
    /// <returns>The total; zero where <c>/proc</c> is missing.</returns>
    public static TimeSpan Read(IEnumerable<int> rootPids)
    {
        var stats = ReadAll();
        var wanted = new HashSet<int>(rootPids);
        // Parents come before children in no guaranteed order: grow the set until it stops growing.
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var (pid, stat) in stats)
            {
                if (!wanted.Contains(pid) && wanted.Contains(stat.ParentPid))
                {
                    grown |= wanted.Add(pid);
                }
            }
        }
        var ticks = stats.Where(s => wanted.Contains(s.Key)).Sum(s => s.Value.Ticks);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static Dictionary<int, (int ParentPid, long Ticks)> ReadAll()
    {
        var result = new Dictionary<int, (int, long)>();
        if (!Directory.Exists("/proc"))
        {
            return result;
        }
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
                var text = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                result[pid] = (parent, ticks);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while being read: it no longer counts.
            }
        }
        return result;
    }
}
