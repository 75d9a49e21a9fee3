using Fascicolo.Gateway.Documents;
using GraphQL.Types;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>
/// KnownFragmentNames, NoUnusedFragments, UniqueFragmentNames, FragmentsOnCompositeTypes,
/// PossibleFragmentSpreads and NoFragmentCycles in graphql-js's words.
/// </summary>
internal static class FragmentRules
{
    /// <summary><c>Unknown fragment "F".</c>, located at the name as graphql-js does.</summary>
    public static IEnumerable<GraphQLError>? UnknownFragment(KnownFragmentNamesError error, ValidationTranslation t) =>
        error.Nodes?.FirstOrDefault() is GraphQLFragmentSpread spread
            ? [t.Error($"Unknown fragment \"{spread.FragmentName.Name.StringValue}\".", spread.FragmentName.Name)]
            : null;

    /// <summary>
    /// <c>Fragment "F" is never used.</c> graphql-js decides by name: when a definition shares its name
    /// with one that is used (a duplicate, reported by UniqueFragmentNames), it is not reported.
    /// </summary>
    public static IEnumerable<GraphQLError>? UnusedFragment(NoUnusedFragmentsError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLFragmentDefinition definition)
        {
            return null;
        }

        var name = definition.FragmentName.Name.StringValue;
        var unused = t.Errors.OfType<NoUnusedFragmentsError>().Select(e => e.Nodes?.FirstOrDefault()).ToHashSet();
        return t.Index.Fragments(name).All(unused.Contains)
            ? [t.Error($"Fragment \"{name}\" is never used.", definition)]
            : [];
    }

    /// <summary><c>There can be only one fragment named "F".</c>, located at both names.</summary>
    public static IEnumerable<GraphQLError>? DuplicateFragment(UniqueFragmentNamesError error, ValidationTranslation t) =>
        error.Nodes?.OfType<GraphQLFragmentDefinition>().ToList() is [var first, .., var duplicate]
            ? [t.Error($"There can be only one fragment named \"{duplicate.FragmentName.Name.StringValue}\".", first.FragmentName.Name, duplicate.FragmentName.Name)]
            : null;

    /// <summary><c>Fragment "F" cannot condition on non composite type "T".</c> (without the name for inline fragments).</summary>
    public static IEnumerable<GraphQLError>? NonCompositeCondition(FragmentsOnCompositeTypesError error, ValidationTranslation t)
    {
        // GraphQL.NET points at the type condition; graphql-js's wording depends on the fragment around it.
        var node = error.Nodes?.FirstOrDefault();
        var fragment = node is GraphQLInlineFragment or GraphQLFragmentDefinition ? node : node is null ? null : t.Index.Ancestor<ASTNode>(node, n => n is GraphQLInlineFragment or GraphQLFragmentDefinition);
        return fragment switch
        {
            GraphQLInlineFragment { TypeCondition: { } condition } =>
                [t.Error($"Fragment cannot condition on non composite type \"{condition.Type.Name.StringValue}\".", condition.Type)],
            GraphQLFragmentDefinition definition =>
                [t.Error($"Fragment \"{definition.FragmentName.Name.StringValue}\" cannot condition on non composite type \"{definition.TypeCondition.Type.Name.StringValue}\".", definition.TypeCondition.Type)],
            _ => null,
        };
    }

    /// <summary>
    /// <c>Fragment "F" cannot be spread here as objects of type "P" can never be of type "T".</c>; nothing
    /// when either type is not composite (graphql-js leaves that to FragmentsOnCompositeTypes).
    /// </summary>
    public static IEnumerable<GraphQLError>? ImpossibleSpread(PossibleFragmentSpreadsError error, ValidationTranslation t)
    {
        var node = error.Nodes?.FirstOrDefault();
        if (node is null || t.ContextOf(node) is not { } context)
        {
            return null;
        }

        (string Label, IGraphType? Type) fragment = node switch
        {
            GraphQLInlineFragment => ("Fragment", context.Type is { } condition ? InputTypes.Named(condition) : null),
            GraphQLFragmentSpread spread => (
                $"Fragment \"{spread.FragmentName.Name.StringValue}\"",
                // graphql-js keeps the last definition of a repeated fragment name; GraphQL.NET checked the first.
                t.Index.Fragments(spread.FragmentName.Name.StringValue).LastOrDefault() is { } definition ? t.Schema.AllTypes[definition.TypeCondition.Type.Name.Value] : null),
            _ => ("Fragment", null),
        };
        if (!IsComposite(context.ParentType) || !IsComposite(fragment.Type) || Overlap(context.ParentType!, fragment.Type!))
        {
            return [];
        }

        return [t.Error($"{fragment.Label} cannot be spread here as objects of type \"{context.ParentType!.Name}\" can never be of type \"{fragment.Type!.Name}\".", node)];
    }

    /// <summary><c>Cannot spread fragment "F" within itself via "G", "H".</c>, from the spreads of the cycle.</summary>
    public static IEnumerable<GraphQLError>? Cycle(NoFragmentCyclesError error, ValidationTranslation t)
    {
        if (error.Nodes?.OfType<GraphQLFragmentSpread>().ToList() is not [.., var last] spreads)
        {
            return null;
        }

        var via = string.Join(", ", spreads.SkipLast(1).Select(s => $"\"{s.FragmentName.Name.StringValue}\""));
        var message = $"Cannot spread fragment \"{last.FragmentName.Name.StringValue}\" within itself" + (via.Length > 0 ? $" via {via}." : ".");
        return [t.Error(message, [.. spreads])];
    }

    /// <summary>graphql-js's <c>doTypesOverlap</c>: some object type can be both.</summary>
    private static bool Overlap(IGraphType a, IGraphType b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (IAbstractGraphType x, IAbstractGraphType y) => x.PossibleTypes.Any(y.PossibleTypes.Contains),
        (IAbstractGraphType x, IObjectGraphType y) => x.PossibleTypes.Contains(y),
        (IObjectGraphType x, IAbstractGraphType y) => y.PossibleTypes.Contains(x),
        _ => false,
    };

    private static bool IsComposite(IGraphType? type) => type is IObjectGraphType or IAbstractGraphType;
}
