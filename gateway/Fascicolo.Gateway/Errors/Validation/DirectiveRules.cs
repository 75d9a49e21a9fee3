using Fascicolo.Gateway.Documents;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>KnownDirectives (unknown name, wrong location) and UniqueDirectivesPerLocation in graphql-js's words.</summary>
internal static class DirectiveRules
{
    public static IEnumerable<GraphQLError>? Unknown(KnownDirectivesError error, ValidationTranslation t) =>
        error.Nodes?.FirstOrDefault() is GraphQLDirective directive
            ? [t.Error($"Unknown directive \"@{directive.Name.StringValue}\".", directive)]
            : null;

    /// <summary><c>Directive "@d" may not be used on FIELD.</c>, the location named as in the spec's <c>DirectiveLocation</c> enum.</summary>
    public static IEnumerable<GraphQLError>? Misplaced(DirectivesInAllowedLocationsError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLDirective directive || Location(Owner(directive, t)) is not { } location)
        {
            return null;
        }

        return [t.Error($"Directive \"@{directive.Name.StringValue}\" may not be used on {location}.", directive)];
    }

    /// <summary>
    /// <c>The directive "@d" can only be used once at this location.</c>, once per repetition and located at the
    /// first use and the repetition (GraphQL.NET reports every use, the first one included).
    /// </summary>
    public static IEnumerable<GraphQLError>? Repeated(UniqueDirectivesPerLocationError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLDirective directive || t.Index.Parent(directive) is not GraphQLDirectives list)
        {
            return null;
        }

        var first = list.Items.First(d => d.Name.Value == directive.Name.Value);
        return ReferenceEquals(first, directive) || !t.FirstTime(directive)
            ? []
            : [t.Error($"The directive \"@{directive.Name.StringValue}\" can only be used once at this location.", first, directive)];
    }

    private static ASTNode? Owner(GraphQLDirective directive, ValidationTranslation t) =>
        t.Index.Parent(directive) is GraphQLDirectives list ? t.Index.Parent(list) : null;

    private static string? Location(ASTNode? owner) => owner switch
    {
        GraphQLOperationDefinition operation => operation.Operation switch
        {
            OperationType.Mutation => "MUTATION",
            OperationType.Subscription => "SUBSCRIPTION",
            _ => "QUERY",
        },
        GraphQLField => "FIELD",
        GraphQLFragmentSpread => "FRAGMENT_SPREAD",
        GraphQLInlineFragment => "INLINE_FRAGMENT",
        GraphQLFragmentDefinition => "FRAGMENT_DEFINITION",
        GraphQLVariableDefinition => "VARIABLE_DEFINITION",
        _ => null,
    };
}
