using Fascicolo.Gateway.Documents;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>LoneAnonymousOperation and UniqueOperationNames in graphql-js's words.</summary>
internal static class OperationRules
{
    public static IEnumerable<GraphQLError>? LoneAnonymous(LoneAnonymousOperationError error, ValidationTranslation t) =>
        error.Nodes?.FirstOrDefault() is GraphQLOperationDefinition operation
            ? [t.Error("This anonymous operation must be the only defined operation.", operation)]
            : null;

    /// <summary><c>There can be only one operation named "Q".</c>, located at the first one's name and the repeated one's.</summary>
    public static IEnumerable<GraphQLError>? Duplicate(UniqueOperationNamesError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLOperationDefinition { Name: { } name } duplicate
            || t.Index.Document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault(o => o.Name?.Value == name.Value) is not { Name: { } firstName })
        {
            return null;
        }

        return [t.Error($"There can be only one operation named \"{name.StringValue}\".", firstName, duplicate.Name)];
    }
}
