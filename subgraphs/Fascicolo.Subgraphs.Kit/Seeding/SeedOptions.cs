using System.Globalization;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The options of <c>dotnet Fascicolo.Subgraphs.X.dll seed [--residents N] [--seed S] [--reset] [--report FILE]</c>.
/// </summary>
/// <param name="Residents">How many residents the city has (default 2000).</param>
/// <param name="Seed">The generator seed (default 20261126).</param>
/// <param name="Reset">Drop and recreate the schema, then seed, even when already seeded.</param>
/// <param name="ReportPath">Where to write a JSON report of the seed (rows per table and details).</param>
public sealed record SeedOptions(int Residents = SeedOptions.DefaultResidents, ulong Seed = SeedOptions.DefaultSeed, bool Reset = false, string? ReportPath = null)
{
    /// <summary>The default city size.</summary>
    public const int DefaultResidents = 2000;

    /// <summary>The default generator seed.</summary>
    public const ulong DefaultSeed = 20261126;

    /// <summary>The usage line printed on a parse error.</summary>
    public const string Usage = "usage: seed [--residents N] [--seed S] [--reset] [--report FILE] [--Config:Key=value ...]";

    /// <summary>
    /// Parses the arguments after <c>seed</c>. Arguments of the form <c>--Key=value</c> that are not seed
    /// options are configuration overrides (e.g. <c>--ConnectionStrings:registry=...</c>) and are returned apart.
    /// </summary>
    /// <param name="args">The arguments after <c>seed</c>.</param>
    /// <param name="options">The parsed options.</param>
    /// <param name="configurationArgs">The configuration overrides, for the host.</param>
    /// <param name="error">What is wrong, when parsing fails.</param>
    /// <returns>Whether the arguments are valid.</returns>
    public static bool TryParse(IReadOnlyList<string> args, out SeedOptions options, out IReadOnlyList<string> configurationArgs, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = new SeedOptions();
        var passThrough = new List<string>();
        configurationArgs = passThrough;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--residents" when int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var residents) && residents > 0:
                    options = options with { Residents = residents };
                    break;
                case "--seed" when ulong.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--reset":
                    options = options with { Reset = true };
                    break;
                case "--report" when Next() is { Length: > 0 } path:
                    options = options with { ReportPath = path };
                    break;
                case "--residents" or "--seed" or "--report":
                    error = $"{arg} needs a valid value ({(arg == "--residents" ? "a positive integer" : arg == "--seed" ? "an unsigned 64-bit integer" : "a file path")}).";
                    return false;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal))
                    {
                        passThrough.Add(arg);
                        break;
                    }
                    error = $"unknown argument '{arg}'.";
                    return false;
            }
        }
        return true;
    }
}
