using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Errors.Wording;
using GraphQL.Types;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>KnownTypeNames in graphql-js's words.</summary>
internal static class TypeRules
{
    private static readonly string[] OptionalScalars = ["Int", "Float", "ID"];

    /// <summary><c>Unknown type "T".</c>, with suggestions among the schema's types.</summary>
    public static IEnumerable<GraphQLError>? Unknown(KnownTypeNamesError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLNamedType type)
        {
            return null;
        }

        var name = type.Name.StringValue;
        return [t.Error($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.List(name, TypeNames(t.Schema))), type)];
    }

    /// <summary>
    /// The names graphql-js's type map holds: every named type, but Int, Float and ID only when a field,
    /// argument or input field uses them (GraphQL.NET registers them all; String and Boolean are always
    /// used by introspection).
    /// </summary>
    private static IEnumerable<string> TypeNames(ISchema schema)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var complex in schema.AllTypes.OfType<IComplexGraphType>().Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in complex.Fields)
            {
                used.Add(InputTypes.Named(field.ResolvedType!).Name);
                used.UnionWith(field.Arguments?.Select(a => InputTypes.Named(a.ResolvedType!).Name) ?? []);
            }
        }

        return schema.AllTypes.Select(t => t.Name).Where(n => !OptionalScalars.Contains(n) || used.Contains(n));
    }
}
