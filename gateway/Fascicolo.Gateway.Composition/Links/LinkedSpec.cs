namespace Fascicolo.Gateway.Composition;

/// <summary>One <c>@link</c> (or legacy <c>@core</c>) of a schema, resolved: which spec, which version, under which local names.</summary>
/// <remarks>See <see href="https://specs.apollo.dev/link/v1.0/"/>: an element <c>e</c> of spec <c>s</c> is named <c>s__e</c>
/// unless imported; the spec's own directive (<c>@tag</c> of <c>tag</c>) is named <c>@s</c>; <c>as:</c> renames the prefix.</remarks>
internal sealed record LinkedSpec(string Url, string Identity, string Name, Version Version, string? As, string? Purpose, IReadOnlyList<SpecImport> Imports)
{
    /// <summary>The prefix of the spec's non-imported elements.</summary>
    public string Prefix => As ?? Name;

    /// <summary>Whether this is one of Apollo's specs (link, join, federation, tag, inaccessible, …), whose elements never reach the API schema.</summary>
    public bool IsApolloSpec => Identity.StartsWith("https://specs.apollo.dev/", StringComparison.Ordinal);

    /// <summary>The local name (without <c>@</c>) of a directive the spec defines.</summary>
    public string DirectiveName(string element)
    {
        foreach (var import in Imports)
        {
            if (import.Name.Length == element.Length + 1 && import.Name[0] == '@' && import.Name.AsSpan(1).SequenceEqual(element))
            {
                return import.As is { } local ? local.TrimStart('@') : element;
            }
        }

        return element == Name ? Prefix : Prefix + "__" + element;
    }

    /// <summary>The local name of a type the spec defines.</summary>
    public string TypeName(string element)
    {
        foreach (var import in Imports)
        {
            if (import.Name == element)
            {
                return import.As ?? element;
            }
        }

        return Prefix + "__" + element;
    }

    /// <summary>Whether a local name belongs to this spec (prefixed, imported, or the spec's own directive).</summary>
    public bool Owns(string localName, bool isDirective)
    {
        if (localName.StartsWith(Prefix + "__", StringComparison.Ordinal) || (isDirective && localName == Prefix))
        {
            return true;
        }

        foreach (var import in Imports)
        {
            var local = (import.As ?? import.Name).TrimStart('@');
            if (import.Name.StartsWith('@') == isDirective && local == localName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a spec URL such as <c>https://specs.apollo.dev/join/v0.3</c>; <see langword="null"/> when it has no name and version.</summary>
    public static (string Identity, string Name, Version Version)? ParseUrl(string url)
    {
        var trimmed = url.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        if (slash <= 0)
        {
            return null;
        }

        var versionText = trimmed[(slash + 1)..];
        var identity = trimmed[..slash];
        var nameStart = identity.LastIndexOf('/') + 1;
        if (versionText.Length < 2 || versionText[0] != 'v' || !Version.TryParse(versionText[1..], out var version))
        {
            return null;
        }

        return (identity, identity[nameStart..], version);
    }
}
