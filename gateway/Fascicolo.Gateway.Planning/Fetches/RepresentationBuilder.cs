namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// The representations of an entity fetch being built: per entity type, the key and required
/// fields, merged when several fields of the fetch need the same ones.
/// </summary>
internal sealed class RepresentationBuilder
{
    private readonly List<(string Type, List<RepresentationField> Fields)> _fragments = [];

    /// <summary>The entity types, in first-use order.</summary>
    public IEnumerable<string> Types => _fragments.Select(f => f.Type);

    /// <summary>Adds fields to the representation of <paramref name="type"/>.</summary>
    public void Add(string type, IReadOnlyList<RepresentationField> fields)
    {
        var index = _fragments.FindIndex(f => f.Type == type);
        if (index < 0)
        {
            _fragments.Add((type, []));
            index = _fragments.Count - 1;
        }

        Merge(_fragments[index].Fields, fields);
    }

    /// <summary>The representation fragments for the executor.</summary>
    public IReadOnlyList<RepresentationFragment> Build() =>
        [.. _fragments.Select(f => new RepresentationFragment(new HashSet<string>([f.Type], StringComparer.Ordinal), null, f.Fields))];

    /// <summary>Merges fields into a list: same name and response key merge their sub-selections.</summary>
    public static void Merge(List<RepresentationField> into, IReadOnlyList<RepresentationField> fields)
    {
        foreach (var field in fields)
        {
            var index = into.FindIndex(f => f.Name == field.Name && f.ResponseKey == field.ResponseKey);
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
}
