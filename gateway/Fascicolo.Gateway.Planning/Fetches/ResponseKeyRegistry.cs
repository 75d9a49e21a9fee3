namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// The response keys used on the objects of one position, across every fetch writing into them,
/// so a field the planner adds (a key, a requirement) never lands on a key the client gave another
/// meaning: it is then aliased <c>__fk0_name</c>.
/// </summary>
internal sealed class ResponseKeyRegistry
{
    // A null identity marks a key the client uses with several meanings (per runtime type): never shared.
    private readonly Dictionary<string, string?> _identities = new(StringComparer.Ordinal);

    /// <summary>Records a key of the client's selection.</summary>
    public void RegisterClientKey(string responseKey, string identity)
    {
        if (_identities.TryGetValue(responseKey, out var existing))
        {
            if (existing != identity)
            {
                _identities[responseKey] = null;
            }
        }
        else
        {
            _identities[responseKey] = identity;
        }
    }

    /// <summary>The response key to use for a field the planner adds: its name when free or meaning the same, else an alias.</summary>
    public string Claim(string name, string identity)
    {
        if (TryUse(name, identity))
        {
            return name;
        }

        for (var n = 0; ; n++)
        {
            var alias = $"__fk{n}_{name}";
            if (TryUse(alias, identity))
            {
                return alias;
            }
        }
    }

    private bool TryUse(string key, string identity)
    {
        if (_identities.TryGetValue(key, out var existing))
        {
            return existing == identity;
        }

        _identities[key] = identity;
        return true;
    }
}
