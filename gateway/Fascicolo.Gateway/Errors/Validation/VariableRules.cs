using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Errors.Wording;
using GraphQL.Types;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>
/// NoUnusedVariables, NoUndefinedVariables, VariablesInAllowedPosition, VariablesAreInputTypes and
/// UniqueVariableNames in graphql-js's words.
/// </summary>
internal static class VariableRules
{
    /// <summary><c>Variable "$x" is never used in operation "Q".</c> (or <c>is never used.</c> in an anonymous one).</summary>
    public static IEnumerable<GraphQLError>? Unused(NoUnusedVariablesError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLVariableDefinition definition)
        {
            return null;
        }

        var name = definition.Variable.Name.StringValue;
        return [t.Error(t.Index.Ancestor<GraphQLOperationDefinition>(definition)?.Name is { } operation
            ? $"Variable \"${name}\" is never used in operation \"{operation.StringValue}\"."
            : $"Variable \"${name}\" is never used.", definition)];
    }

    /// <summary><c>Variable "$x" is not defined by operation "Q".</c> (or <c>is not defined.</c>), located at the use and the operation.</summary>
    public static IEnumerable<GraphQLError>? Undefined(NoUndefinedVariablesError error, ValidationTranslation t)
    {
        if (error.Nodes?.OfType<GraphQLVariable>().FirstOrDefault() is not { } variable
            || error.Nodes.OfType<GraphQLOperationDefinition>().FirstOrDefault() is not { } operation)
        {
            return null;
        }

        var name = variable.Name.StringValue;
        return [t.Error(operation.Name is { } operationName
            ? $"Variable \"${name}\" is not defined by operation \"{operationName.StringValue}\"."
            : $"Variable \"${name}\" is not defined.", variable, operation)];
    }

    /// <summary>
    /// <c>Variable "$x" of type "Int" used in position expecting type "Int!".</c> GraphQL.NET keeps no
    /// nodes on this error, only its two locations: the definition and the use are found from them.
    /// </summary>
    public static IEnumerable<GraphQLError>? WrongPosition(VariablesInAllowedPositionError error, ValidationTranslation t)
    {
        if (error.Locations is not [var defined, var used]
            || t.Index.At<GraphQLVariableDefinition>(new ErrorLocation(defined.Line, defined.Column)).FirstOrDefault() is not { } definition
            || t.Index.At<GraphQLVariable>(new ErrorLocation(used.Line, used.Column)).FirstOrDefault(v => v.Name.Value == definition.Variable.Name.Value) is not { } use
            || t.ContextOf(use)?.InputType is not { } expected)
        {
            return null;
        }

        if (InOneOfField(use, t) && InputTypes.FromSyntax(definition.Type, t.Schema) is { } declared && InputTypes.IsSubtype(declared, expected))
        {
            // GraphQL.NET wants a non-null variable in every one-of field; graphql-js checks the field's own type here,
            // and OneOfInputsRule reports the one-of requirement where graphql-js does.
            return [];
        }

        return [t.Error($"Variable \"${definition.Variable.Name.StringValue}\" of type \"{GraphQLPrinter.Print(definition.Type)}\" used in position expecting type \"{GraphQLPrinter.Print(expected)}\".", definition, use)];
    }

    private static bool InOneOfField(GraphQLVariable use, ValidationTranslation t) =>
        t.Index.Parent(use) is GraphQLObjectField field
        && t.Index.Parent(field) is GraphQLObjectValue value
        && t.ContextOf(value)?.InputType is { } type
        && InputTypes.Named(type) is IInputObjectGraphType { IsOneOf: true };

    /// <summary><c>Variable "$x" cannot be non-input type "T".</c>; nothing for an unknown type (KnownTypeNames reports it).</summary>
    public static IEnumerable<GraphQLError>? NotInputType(VariablesAreInputTypesError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLVariableDefinition definition)
        {
            return null;
        }

        return InputTypes.FromSyntax(definition.Type, t.Schema) is null
            ? []
            : [t.Error($"Variable \"${definition.Variable.Name.StringValue}\" cannot be non-input type \"{GraphQLPrinter.Print(definition.Type)}\".", definition.Type)];
    }

    /// <summary><c>There can be only one variable named "$x".</c>, once per name, located at every occurrence's name.</summary>
    public static IEnumerable<GraphQLError>? Duplicate(UniqueVariableNamesError error, ValidationTranslation t)
    {
        if (error.Nodes?.FirstOrDefault() is not GraphQLVariableDefinition first || t.Index.Parent(first) is not GraphQLVariablesDefinition list)
        {
            return null;
        }

        var name = first.Variable.Name.StringValue;
        return t.FirstTime((list, name))
            ? [t.Error($"There can be only one variable named \"${name}\".", [.. list.Items.Where(v => v.Variable.Name.StringValue == name).Select(v => v.Variable.Name)])]
            : [];
    }
}
