namespace Fascicolo.Gateway.Composition;

/// <summary>The local names (without <c>@</c>) a subgraph uses for the federation directives.</summary>
/// <remarks>See <see href="https://www.apollographql.com/docs/graphos/reference/federation/directives"/>.</remarks>
internal sealed class FederationNames
{
    /// <summary>The federation directives we interpret; others of the spec (e.g. <c>@authenticated</c>) are kept as applied.</summary>
    public static readonly string[] Elements =
        ["key", "external", "requires", "provides", "shareable", "override", "inaccessible", "tag", "interfaceObject", "extends", "composeDirective"];

    private readonly Dictionary<string, string> _elementByLocal;

    private FederationNames(Dictionary<string, string> elementByLocal, LinkedSpec? spec) => (_elementByLocal, Spec) = (elementByLocal, spec);

    /// <summary>The federation spec link, or <see langword="null"/> for Federation 1.</summary>
    public LinkedSpec? Spec { get; }

    /// <summary>The federation element a local directive name stands for (<c>key</c> for <c>@key</c> or <c>@federation__key</c>), or <see langword="null"/>.</summary>
    public string? ElementOf(string localName) => _elementByLocal.GetValueOrDefault(localName);

    public static FederationNames For(LinkedSpecs links)
    {
        var spec = links.Find(LinkedSpecs.FederationIdentity);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in Elements)
        {
            if (spec is null)
            {
                map[element] = element;
                continue;
            }

            // Both the imported (or renamed) name and the prefixed one are usable in a Federation 2 subgraph.
            map[spec.DirectiveName(element)] = element;
            map[spec.Prefix + "__" + element] = element;
        }

        return new FederationNames(map, spec);
    }
}
