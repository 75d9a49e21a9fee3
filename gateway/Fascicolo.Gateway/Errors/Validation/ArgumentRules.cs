using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Errors.Wording;
using GraphQL.Types;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>KnownArgumentNames, ProvidedRequiredArguments and UniqueArgumentNames in graphql-js's words.</summary>
internal static class ArgumentRules
{
    /// <summary><c>Unknown argument "a" on field "T.f".</c> or <c>… on directive "@d".</c>, with suggestions.</summary>
    public static IEnumerable<GraphQLError>? UnknownArgument(KnownArgumentNamesError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLArgument argument || t.ContextOf(argument) is not { } context)
        {
            return null;
        }

        var name = argument.Name.StringValue;
        switch (t.Index.Parent(argument) is { } list ? t.Index.Parent(list) : null)
        {
            case GraphQLDirective when context.Directive is { } directive:
                return [t.Error($"Unknown argument \"{name}\" on directive \"@{directive.Name}\"." + DidYouMean(name, directive.Arguments), argument)];
            case GraphQLField when context.FieldDefinition is { } field && context.ParentType is { } parent:
                return [t.Error($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\"." + DidYouMean(name, field.Arguments), argument)];
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>Field "f" argument "a" of type "T!" is required, but it was not provided.</c> (or <c>Directive "@d" …</c>),
    /// one per missing argument. GraphQL.NET's errors do not say which argument: they are recomputed from the
    /// field or directive, once per node.
    /// </summary>
    public static IEnumerable<GraphQLError>? MissingArguments(ProvidedNonNullArgumentsError error, ValidationTranslation t)
    {
        var node = error.Nodes?.FirstOrDefault();
        var (subject, definitions, given) = node switch
        {
            GraphQLField field when t.ContextOf(field)?.FieldDefinition is { } definition =>
                ($"Field \"{definition.Name}\"", definition.Arguments, field.Arguments),
            GraphQLDirective directive when t.ContextOf(directive)?.Directive is { } definition =>
                ($"Directive \"@{definition.Name}\"", definition.Arguments, directive.Arguments),
            _ => (null, null, null),
        };
        if (subject is null)
        {
            return null;
        }

        var missing = (definitions ?? [])
            .Where(a => InputTypes.IsRequired(a.ResolvedType!, a.DefaultValue) && given?.Items.Exists(g => g.Name.StringValue == a.Name) != true)
            .Select(a => t.Error($"{subject} argument \"{a.Name}\" of type \"{GraphQLPrinter.Print(a.ResolvedType!)}\" is required, but it was not provided.", node!))
            .ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        return t.FirstTime(node!) ? missing : [];
    }

    /// <summary><c>There can be only one argument named "a".</c>, once per name with every occurrence located.</summary>
    public static IEnumerable<GraphQLError>? DuplicateArgument(UniqueArgumentNamesError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLArgument first || t.Index.Parent(first) is not GraphQLArguments list)
        {
            return null;
        }

        var name = first.Name.StringValue;
        return t.FirstTime((list, name))
            ? [t.Error($"There can be only one argument named \"{name}\".", [.. list.Items.Where(a => a.Name.StringValue == name).Select(a => a.Name)])]
            : [];
    }

    private static string DidYouMean(string name, QueryArguments? known) =>
        Suggestions.DidYouMean(Suggestions.List(name, known?.Select(a => a.Name) ?? []));
}
