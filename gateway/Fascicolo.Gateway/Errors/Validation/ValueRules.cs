using Fascicolo.Gateway.Documents;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>ValuesOfCorrectType (arguments and variable defaults) and UniqueInputFieldNames in graphql-js's words.</summary>
internal static class ValueRules
{
    /// <summary>Every problem graphql-js finds in the argument's literal, each at its own value node.</summary>
    public static IEnumerable<GraphQLError>? Argument(ArgumentsOfCorrectTypeError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLArgument argument || t.ContextOf(argument)?.InputType is not { } type)
        {
            return null;
        }

        var problems = LiteralChecker.Check(type, argument.Value);
        return problems.Count == 0 ? null : t.FirstTime(argument) ? problems.Select(p => t.Error(p.Message, p.Node)) : [];
    }

    /// <summary>Every problem graphql-js finds in a variable's default value, checked against the declared type.</summary>
    public static IEnumerable<GraphQLError>? Default(DefaultValuesOfCorrectTypeError error, ValidationTranslation t)
    {
        var node = error.Nodes?.FirstOrDefault();
        var definition = node as GraphQLVariableDefinition ?? (node is null ? null : t.Index.Ancestor<GraphQLVariableDefinition>(node));
        if (definition?.DefaultValue is not { } value || InputTypes.FromSyntax(definition.Type, t.Schema) is not { } type)
        {
            return null;
        }

        var problems = LiteralChecker.Check(type, value);
        return problems.Count == 0 ? null : t.FirstTime(definition) ? problems.Select(p => t.Error(p.Message, p.Node)) : [];
    }

    /// <summary><c>There can be only one input field named "f".</c>, located at the first field's name and the repeated one's.</summary>
    public static IEnumerable<GraphQLError>? DuplicateInputField(UniqueInputFieldNamesError error, ValidationTranslation t)
    {
        var fields = (error.Nodes ?? []).Select(n => n as GraphQLObjectField ?? t.Index.Parent(n) as GraphQLObjectField).ToList();
        if (fields is not [{ } first, .., { } duplicate])
        {
            return null;
        }

        return [t.Error($"There can be only one input field named \"{duplicate.Name.StringValue}\".", first.Name, duplicate.Name)];
    }
}
