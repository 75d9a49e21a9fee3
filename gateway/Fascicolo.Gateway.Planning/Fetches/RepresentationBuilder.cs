namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// The representations of an entity fetch being built: per entity type, the key and required
/// fields, merged when several fields of the fetch need the same ones.
/// </summary>
internal sealed class RepresentationBuilder
{
    private readonly List<(string Type, string? Typename, List<RepresentationField> Fields)> _fragments = [];

    /// <summary>The entity types, in first-use order.</summary>
    public IEnumerable<string> Types => _fragments.Select(f => f.Type);

    /// <summary>Adds fields to the representation of objects of <paramref name="type"/>.</summary>
    /// <param name="type">The runtime type of the objects.</param>
    /// <param name="fields">The key and required fields.</param>
    /// <param name="typename">The <c>__typename</c> to send instead of the runtime type (an <c>@interfaceObject</c>'s interface).</param>
    public void Add(string type, IReadOnlyList<RepresentationField> fields, string? typename = null)
    {
        var index = _fragments.FindIndex(f => f.Type == type);
        if (index < 0)
        {
            _fragments.Add((type, typename, []));
            index = _fragments.Count - 1;
        }

        Merge(_fragments[index].Fields, fields);
    }

    /// <summary>
    /// Whether adding <paramref name="fields"/> to the representation of <paramref name="type"/> would give
    /// a field two values: the same field name read from two response keys (a field required with
    /// different arguments), at the top or inside a sub-selection, for runtime types that overlap.
    /// </summary>
    public bool Conflicts(string type, IReadOnlyList<RepresentationField> fields)
    {
        var index = _fragments.FindIndex(f => f.Type == type);
        return index >= 0 && Conflicts(_fragments[index].Fields, fields);
    }

    private static bool Conflicts(IReadOnlyList<RepresentationField> existing, IReadOnlyList<RepresentationField> fields)
    {
        foreach (var field in fields)
        {
            foreach (var other in existing)
            {
                if (other.Name != field.Name || !Overlap(other.AppliesTo, field.AppliesTo))
                {
                    continue;
                }

                if (other.ResponseKey != field.ResponseKey
                    || (other.Selection is { } mine && field.Selection is { } theirs && Conflicts(mine, theirs)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Null applies to every runtime type.
    private static bool Overlap(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
        x is null || y is null || x.Any(y.Contains);

    /// <summary>The representation fragments for the executor.</summary>
    public IReadOnlyList<RepresentationFragment> Build() =>
        [.. _fragments.Select(f => new RepresentationFragment(new HashSet<string>([f.Type], StringComparer.Ordinal), f.Typename, f.Fields))];

    /// <summary>Merges fields into a list: same name and response key merge their sub-selections.</summary>
    public static void Merge(List<RepresentationField> into, IReadOnlyList<RepresentationField> fields)
    {
        foreach (var field in fields)
        {
            var index = into.FindIndex(f => f.Name == field.Name && f.ResponseKey == field.ResponseKey && SameTypes(f.AppliesTo, field.AppliesTo));
            if (index < 0)
            {
                into.Add(field);
            }
            else if (field.Selection is not null)
            {
                var merged = new List<RepresentationField>(into[index].Selection ?? []);
                Merge(merged, field.Selection);
                into[index] = into[index] with { Selection = merged };
            }
        }
    }

    private static bool SameTypes(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Count == y.Count && x.All(y.Contains));
}
