using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Errors.Wording;
using GraphQL.Types;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>FieldsOnCorrectType and ScalarLeafs in graphql-js's words.</summary>
internal static class FieldRules
{
    /// <summary><c>Cannot query field "x" on type "T".</c>, with graphql-js's type or field suggestions.</summary>
    public static IEnumerable<GraphQLError>? UnknownField(FieldsOnCorrectTypeError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLField field || t.ContextOf(field) is not { } context)
        {
            return null;
        }

        // Under a leaf or an unknown type graphql-js has no parent type and reports nothing: the error on
        // the enclosing field (or type name) is the only one.
        if (context.ParentType is not { } parent)
        {
            return [];
        }

        var name = field.Name.StringValue;
        var suggestion = Suggestions.DidYouMean(TypeSuggestions(parent, name), "to use an inline fragment on");
        if (suggestion.Length == 0 && parent is IComplexGraphType complex)
        {
            suggestion = Suggestions.DidYouMean(Suggestions.List(name, complex.Fields.Select(f => f.Name)));
        }

        return [t.Error($"Cannot query field \"{name}\" on type \"{parent.Name}\".{suggestion}", field)];
    }

    /// <summary>A selection on a leaf, or none on a composite type.</summary>
    public static IEnumerable<GraphQLError>? ScalarLeaf(ScalarLeafsError error, ValidationTranslation t)
    {
        switch (error.Nodes?.FirstOrDefault())
        {
            case GraphQLSelectionSet selection when t.Index.Parent(selection) is GraphQLField field && t.ContextOf(field)?.Type is { } type:
                return [t.Error($"Field \"{field.Name.StringValue}\" must not have a selection since type \"{GraphQLPrinter.Print(type)}\" has no subfields.", selection)];
            case GraphQLField field when t.ContextOf(field)?.Type is { } type:
                var name = field.Name.StringValue;
                return [t.Error($"Field \"{name}\" of type \"{GraphQLPrinter.Print(type)}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field)];
            default:
                return null;
        }
    }

    /// <summary>
    /// graphql-js's <c>getSuggestedTypeNames</c>: for an abstract type, the possible types and their
    /// interfaces that have the field, the most used first, interfaces before their implementations.
    /// </summary>
    private static List<string> TypeSuggestions(IGraphType type, string fieldName)
    {
        if (type is not IAbstractGraphType abstractType)
        {
            return [];
        }

        var usage = new Dictionary<IGraphType, int>(ReferenceEqualityComparer.Instance);
        foreach (var possible in abstractType.PossibleTypes)
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            usage[possible] = 1;
            foreach (var implemented in possible.ResolvedInterfaces.Where(i => i.GetField(fieldName) is not null))
            {
                usage[implemented] = usage.GetValueOrDefault(implemented) + 1;
            }
        }

        var order = Comparer<IGraphType>.Create((a, b) =>
        {
            if (usage[b] != usage[a])
            {
                return usage[b] - usage[a];
            }

            if (a is IInterfaceGraphType && Implements(b, a))
            {
                return -1;
            }

            return b is IInterfaceGraphType && Implements(a, b) ? 1 : NaturalOrder.Instance.Compare(a.Name, b.Name);
        });
        return [.. usage.Keys.Order(order).Select(t => t.Name)];
    }

    private static bool Implements(IGraphType type, IGraphType candidateInterface) =>
        type is IImplementInterfaces implementing && implementing.ResolvedInterfaces.Contains(candidateInterface);
}
