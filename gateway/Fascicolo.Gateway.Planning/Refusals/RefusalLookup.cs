using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Planning.Graph;

namespace Fascicolo.Gateway.Planning.Refusals;

/// <summary>
/// Which refusal applies to a field of a runtime type: the one listed for the type's own field, else
/// one listed for the field on an interface the type implements. One instance per plan.
/// </summary>
internal sealed class RefusalLookup(TypeRelations types, FieldRefusals refusals)
{
    /// <summary>The refusal of <paramref name="field"/> on objects of <paramref name="runtimeType"/>, or null.</summary>
    /// <remarks>
    /// <paramref name="runtimeType"/> is an interface where an <c>@interfaceObject</c> answered and the
    /// implementation stays unknown: the field is then refused when any implementation refuses it,
    /// since the object may be one of those.
    /// </remarks>
    public FieldRefusal? For(string runtimeType, string field)
    {
        if (field.StartsWith("__", StringComparison.Ordinal))
        {
            return null;
        }

        var type = types.Find(runtimeType);
        if (type is null)
        {
            return null;
        }

        return type.Kind switch
        {
            SupergraphTypeKind.Object => ForObject(type, field),
            SupergraphTypeKind.Interface => refusals.Find(type.Name, field) ?? ForAnyImplementation(type, field),
            _ => null,
        };
    }

    /// <summary>
    /// The object types a field selected at a position of <paramref name="abstractType"/> may be
    /// fetched for: the accessible possible types not refusing it (none when the abstract type's own
    /// field is refused). Null when none refuses it.
    /// </summary>
    public List<string>? AllowedTypes(string abstractType, string field)
    {
        if (refusals.Find(abstractType, field) is not null)
        {
            return [];
        }

        List<string>? allowed = null;
        var possible = types.PossibleTypes(abstractType);
        for (var i = 0; i < possible.Count; i++)
        {
            if (types.Find(possible[i]) is not { IsInaccessible: false } type)
            {
                continue;
            }

            if (ForObject(type, field) is null)
            {
                allowed?.Add(type.Name);
            }
            else if (allowed is null)
            {
                // First refusal: the accessible types before it were all allowed.
                allowed = [.. possible.Take(i).Where(t => types.Find(t) is { IsInaccessible: false })];
            }
        }

        return allowed;
    }

    private FieldRefusal? ForObject(SupergraphType type, string field)
    {
        if (refusals.Find(type.Name, field) is { } own)
        {
            return own;
        }

        foreach (var iface in type.Interfaces)
        {
            if (refusals.Find(iface, field) is { } inherited)
            {
                return inherited;
            }
        }

        return null;
    }

    private FieldRefusal? ForAnyImplementation(SupergraphType iface, string field)
    {
        foreach (var name in iface.PossibleTypes)
        {
            if (types.Find(name) is { } implementation && ForObject(implementation, field) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
