using System.Globalization;
using Fascicolo.Gateway.Hosting;

namespace Fascicolo.Gateway.Limits;

/// <summary>
/// The bounds every operation must respect before any subgraph is called (section <c>Gateway:Limits</c>).
/// A limit set to 0 is off. The defaults let every operation of our own clients and of the test suites
/// through with room to spare, and stop the shapes that only an attacker sends: documents of thousands
/// of tokens, nesting past a dozen levels, hundreds of aliases, connections of connections.
/// </summary>
internal sealed record LimitSettings
{
    /// <summary>The configuration section, under <c>Gateway</c>.</summary>
    public const string SectionName = "Limits";

    /// <summary>Deepest field nesting, fragments expanded (<c>MaxDepth</c>, default 15).</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Most aliased fields, fragments expanded as often as they are spread (<c>MaxAliases</c>, default 30).</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>Most fields at the root of the operation, <c>__typename</c> aside (<c>MaxRootFields</c>, default 20).</summary>
    public int MaxRootFields { get; init; } = 20;

    /// <summary>Most lexical tokens in a document, counted before it is parsed (<c>MaxTokens</c>, default 5000).</summary>
    public int MaxTokens { get; init; } = 5000;

    /// <summary>Highest estimated cost of an operation (<c>MaxCost</c>, default 250000; see <see cref="OperationCost"/>).</summary>
    public int MaxCost { get; init; } = 250_000;

    /// <summary>The size assumed for a list without a <c>first</c>, <c>last</c> or <c>limit</c> argument (<c>DefaultListSize</c>, default 10).</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The weight of a field returning a scalar or an enum (<c>ScalarFieldCost</c>, default 1).</summary>
    public int ScalarFieldCost { get; init; } = 1;

    /// <summary>The weight of a field returning an object, interface or union (<c>ObjectFieldCost</c>, default 2).</summary>
    public int ObjectFieldCost { get; init; } = 2;

    /// <summary>Weights by field coordinate (<c>Gateway:Limits:Costs:Type.field</c>), instead of the two above.</summary>
    public IReadOnlyDictionary<string, int> Costs { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Reads the section; absent values keep their defaults.</summary>
    /// <exception cref="GatewayStartupException">A value is not a whole number of the right sign.</exception>
    public static LimitSettings Read(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var defaults = new LimitSettings();
        var costs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in section.GetSection("Costs").GetChildren())
        {
            if (child.Key.Split('.') is not [{ Length: > 0 }, { Length: > 0 }])
            {
                throw new GatewayStartupException($"Gateway:Limits:Costs:{child.Key} must name a field as Type.field.");
            }

            costs[child.Key] = ReadNumber(section, "Costs:" + child.Key, allowZero: true) ?? defaults.ScalarFieldCost;
        }

        return new LimitSettings
        {
            MaxDepth = ReadNumber(section, nameof(MaxDepth), allowZero: true) ?? defaults.MaxDepth,
            MaxAliases = ReadNumber(section, nameof(MaxAliases), allowZero: true) ?? defaults.MaxAliases,
            MaxRootFields = ReadNumber(section, nameof(MaxRootFields), allowZero: true) ?? defaults.MaxRootFields,
            MaxTokens = ReadNumber(section, nameof(MaxTokens), allowZero: true) ?? defaults.MaxTokens,
            MaxCost = ReadNumber(section, nameof(MaxCost), allowZero: true) ?? defaults.MaxCost,
            DefaultListSize = ReadNumber(section, nameof(DefaultListSize), allowZero: false) ?? defaults.DefaultListSize,
            ScalarFieldCost = ReadNumber(section, nameof(ScalarFieldCost), allowZero: true) ?? defaults.ScalarFieldCost,
            ObjectFieldCost = ReadNumber(section, nameof(ObjectFieldCost), allowZero: true) ?? defaults.ObjectFieldCost,
            Costs = costs,
        };
    }

    private static int? ReadNumber(IConfigurationSection section, string key, bool allowZero)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && (value > 0 || (allowZero && value == 0))
            ? value
            : throw new GatewayStartupException($"Gateway:Limits:{key} must be a {(allowZero ? "whole number, 0 or more" : "positive whole number")}, not '{text}'.");
    }
}
