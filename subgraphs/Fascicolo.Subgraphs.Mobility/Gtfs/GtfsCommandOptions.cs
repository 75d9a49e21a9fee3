namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>The options of <c>dotnet Fascicolo.Subgraphs.Mobility.dll gtfs --feed PATH [--replace]</c>.</summary>
/// <param name="FeedPath">A directory holding the GTFS files, or a GTFS zip.</param>
/// <param name="Replace">Replace the feed already loaded; without it the command refuses to.</param>
internal sealed record GtfsCommandOptions(string FeedPath, bool Replace)
{
    /// <summary>The usage line printed on a parse error.</summary>
    public const string Usage = "usage: gtfs --feed <directory-or-zip> [--replace] [--Config:Key=value ...]";

    /// <summary>
    /// Parses the arguments after <c>gtfs</c>; <c>--Key=value</c> arguments are configuration
    /// overrides (e.g. <c>--ConnectionStrings:mobility=...</c>) and are returned apart.
    /// </summary>
    public static bool TryParse(IReadOnlyList<string> args, out GtfsCommandOptions? options, out IReadOnlyList<string> configurationArgs, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = null;
        error = null;
        var passThrough = new List<string>();
        configurationArgs = passThrough;
        string? feed = null;
        var replace = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--feed" when i + 1 < args.Count && args[i + 1].Length > 0 && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    feed = args[++i];
                    break;
                case "--feed":
                    error = "--feed needs a directory or a zip file.";
                    return false;
                case "--replace":
                    replace = true;
                    break;
                case var arg when arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal):
                    passThrough.Add(arg);
                    break;
                default:
                    error = $"unknown argument '{args[i]}'.";
                    return false;
            }
        }
        if (feed is null)
        {
            error = "--feed is required.";
            return false;
        }
        options = new GtfsCommandOptions(feed, replace);
        return true;
    }
}
