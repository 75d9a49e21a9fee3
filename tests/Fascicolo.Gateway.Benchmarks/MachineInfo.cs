using System.Globalization;
using System.Runtime.InteropServices;

namespace Fascicolo.Gateway.Benchmarks;

/// <summary>What the report says about the machine: the figures mean little without it.</summary>
internal static class MachineInfo
{
    /// <summary>Cores, CPU model, OS and .NET runtime.</summary>
    public static string Describe()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores ({model ?? "unknown CPU"}), {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }

    /// <summary>The one-minute load average (Linux), or NaN where unknown.</summary>
    public static double LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }
}
