namespace Fascicolo.Gateway.Commands;

/// <summary>
/// The <c>--name value</c> / <c>--name=value</c> options of a command, each given at most once and each
/// from a known set, so a typo is an error rather than a silently ignored option.
/// </summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private CommandOptions()
    {
    }

    /// <summary>Parses <paramref name="args"/>; <paramref name="problem"/> says what is wrong when it returns null.</summary>
    public static CommandOptions? Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> known, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new CommandOptions();
        problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], i + 1 < args.Count ? args[++i] : null);
            if (!known.Contains(name))
            {
                problem = $"Unknown option {name}.";
                return null;
            }

            if (value is null)
            {
                problem = $"{name} needs a value.";
                return null;
            }

            if (!options._values.TryAdd(name, value))
            {
                problem = $"{name} is given twice.";
                return null;
            }
        }

        return options;
    }

    /// <summary>The value of <paramref name="name"/>, or null when not given.</summary>
    public string? this[string name] => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
