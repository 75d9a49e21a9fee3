using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Planning.Graph;
using Fascicolo.Gateway.Planning.Operations;
using Fascicolo.Gateway.Planning.Refusals;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Planning.Shapes;

/// <summary>
/// Builds the response shape: for every possible runtime type at a position, the fields the
/// GraphQL spec's CollectFields yields (fragments applied, same response keys merged), with their
/// API-schema types. A refused field keeps its place and type, carries its refusal, and loses its
/// sub-selections: the executor writes null there and never looks below.
/// </summary>
internal sealed class ShapeBuilder(TypeRelations types, RefusalLookup? refusals = null)
{
    private static readonly TypeShape TypenameType = new(true, null, "String");

    /// <summary>Builds the shape of a selection set on <paramref name="typeName"/>.</summary>
    public SelectionShape Build(string typeName, OpSelectionSet set) => Build(typeName, [set]);

    private SelectionShape Build(string typeName, IReadOnlyList<OpSelectionSet> sets)
    {
        var type = types.Get(typeName);
        var fieldsByType = new Dictionary<string, IReadOnlyList<ShapeField>>(StringComparer.Ordinal);
        if (type.IsAbstract)
        {
            foreach (var runtimeType in type.PossibleTypes)
            {
                if (types.Find(runtimeType) is { IsInaccessible: false })
                {
                    fieldsByType[runtimeType] = Collect(runtimeType, sets);
                }
            }

            if (type.Kind == SupergraphTypeKind.Interface && type.Subgraphs.Any(type.IsInterfaceObjectIn))
            {
                // An @interfaceObject answers the interface's name when the plan needs no runtime
                // type (it asks for one whenever a fragment on an implementation or __typename is
                // selected): the fields selected on the interface itself are then written. Fragments
                // left after normalization narrow the type, so none applies to this entry.
                fieldsByType[typeName] = Collect(typeName, sets);
            }
        }
        else
        {
            fieldsByType[typeName] = Collect(typeName, sets);
        }

        return new SelectionShape(typeName, type.IsAbstract, fieldsByType);
    }

    private List<ShapeField> Collect(string runtimeType, IReadOnlyList<OpSelectionSet> sets)
    {
        var order = new List<(OpField Field, List<OpSelectionSet> Subsets)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            CollectInto(runtimeType, set, order, byKey);
        }

        var fields = new List<ShapeField>(order.Count);
        foreach (var (field, subsets) in order)
        {
            fields.Add(ToShapeField(runtimeType, field, subsets));
        }

        return fields;
    }

    private void CollectInto(string runtimeType, OpSelectionSet set, List<(OpField, List<OpSelectionSet>)> order, Dictionary<string, int> byKey)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is OpFragment fragment)
            {
                if (types.IsPossible(fragment.TypeCondition, runtimeType))
                {
                    CollectInto(runtimeType, fragment.SelectionSet, order, byKey);
                }

                continue;
            }

            var field = (OpField)selection;
            if (!byKey.TryGetValue(field.ResponseKey, out var index))
            {
                index = order.Count;
                byKey[field.ResponseKey] = index;
                order.Add((field, []));
            }

            if (field.SelectionSet is { } sub)
            {
                order[index].Item2.Add(sub);
            }
        }
    }

    private ShapeField ToShapeField(string runtimeType, OpField field, List<OpSelectionSet> subsets)
    {
        switch (field.Name)
        {
            case "__typename":
                return new ShapeField(field.ResponseKey, field.Name, TypenameType, null);

            // The host answers introspection; the executor asks it for the value by response key.
            case "__schema":
                return new ShapeField(field.ResponseKey, field.Name, new TypeShape(true, null, "__Schema"), null);
            case "__type":
                return new ShapeField(field.ResponseKey, field.Name, new TypeShape(false, null, "__Type"), null);
            default:
                var definition = types.Get(runtimeType).GetField(field.Name)
                    ?? throw new QueryPlanningException($"Unknown field \"{runtimeType}.{field.Name}\".");
                if (refusals?.For(runtimeType, field.Name) is { } refusal)
                {
                    return new ShapeField(field.ResponseKey, field.Name, ToTypeShape(definition.Type, false), null) { Refusal = refusal };
                }

                var selection = subsets.Count == 0 ? null : Build(definition.NamedType, subsets);
                return new ShapeField(field.ResponseKey, field.Name, ToTypeShape(definition.Type, false), selection);
        }
    }

    private TypeShape ToTypeShape(GraphQLType type, bool nonNull) => type switch
    {
        GraphQLNonNullType inner => ToTypeShape(inner.Type, true),
        GraphQLListType list => new TypeShape(nonNull, ToTypeShape(list.Type, false), TypeReferences.NamedTypeOf(list.Type)),
        GraphQLNamedType named => new TypeShape(nonNull, null, named.Name.StringValue) { EnumValues = types.ApiEnumValues(named.Name.StringValue) },
        _ => throw new QueryPlanningException($"Unknown type reference {type.Kind}."),
    };
}
