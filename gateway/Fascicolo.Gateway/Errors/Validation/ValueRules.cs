using Fascicolo.Gateway.Documents;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>ValuesOfCorrectType (arguments and variable defaults, one-of inputs included) and UniqueInputFieldNames in graphql-js's words.</summary>
internal static class ValueRules
{
    /// <summary>Every problem graphql-js finds in the argument's literal, each at its own value node.</summary>
    public static IEnumerable<GraphQLError>? Argument(ArgumentsOfCorrectTypeError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLArgument argument || t.ContextOf(argument)?.InputType is not { } type)
        {
            return null;
        }

        return Problems(type, argument.Value, argument, t);
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

        return Problems(type, value, definition, t);
    }

    /// <summary>
    /// A one-of input literal with other than one field or a null one (GraphQL.NET's <see cref="OneOfInputValuesError"/>
    /// or the gateway's <see cref="OneOfLiteralError"/>, reported apart from the argument's value errors): graphql-js reports it among the value errors of the argument or variable default holding the
    /// literal, so that whole value is checked, once, whichever of GraphQL.NET's errors about it comes first.
    /// </summary>
    public static IEnumerable<GraphQLError>? OneOf(ValidationError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not { } node)
        {
            return null;
        }

        if (t.Index.Ancestor<GraphQLArgument>(node) is { } argument)
        {
            return t.ContextOf(argument)?.InputType is { } type ? Problems(type, argument.Value, argument, t) : null;
        }

        return t.Index.Ancestor<GraphQLVariableDefinition>(node) is { DefaultValue: { } value } definition && InputTypes.FromSyntax(definition.Type, t.Schema) is { } declared
            ? Problems(declared, value, definition, t)
            : null;
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

    // Every problem in the value, once per argument or definition (the holder): GraphQL.NET may report several errors about one value.
    private static IEnumerable<GraphQLError>? Problems(IGraphType type, GraphQLValue value, ASTNode holder, ValidationTranslation t)
    {
        var problems = LiteralChecker.Check(type, value);
        return problems.Count == 0 ? null : t.FirstTime(holder) ? problems.Select(p => t.Error(p.Message, p.Node)) : [];
    }
}
