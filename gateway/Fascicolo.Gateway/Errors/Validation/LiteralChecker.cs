using Fascicolo.Gateway.Errors.Wording;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>
/// graphql-js's ValuesOfCorrectType over one literal: every wrong leaf, missing required input field,
/// unknown input field, misplaced null and one-of input given other than one non-null field, each with
/// graphql-js's message and the node it points at.
/// GraphQL.NET reports one summary per argument; this finds what graphql-js reports inside it.
/// Variables inside literals are VariablesInAllowedPosition's business and are skipped, as graphql-js does.
/// </summary>
internal static class LiteralChecker
{
    public static List<(string Message, ASTNode Node)> Check(IGraphType type, GraphQLValue value)
    {
        var problems = new List<(string, ASTNode)>();
        Visit(type, value, problems);
        return problems;
    }

    private static void Visit(IGraphType? type, GraphQLValue value, List<(string, ASTNode)> problems)
    {
        switch (value)
        {
            case GraphQLVariable:
                return;
            case GraphQLNullValue:
                if (type is not null && InputTypes.IsNonNull(type))
                {
                    problems.Add(($"Expected value of type \"{GraphQLPrinter.Print(type)}\", found null.", value));
                }

                return;
            case GraphQLListValue list:
                if (type is null)
                {
                    return;
                }

                if (InputTypes.Nullable(type) is ListGraphType listType)
                {
                    foreach (var item in list.Values ?? [])
                    {
                        Visit(listType.ResolvedType, item, problems);
                    }
                }
                else
                {
                    // graphql-js checks a list given for a non-list against the item type it derived: the nullable type.
                    Leaf(InputTypes.Nullable(type), value, problems);
                }

                return;
            case GraphQLObjectValue obj:
                if (type is not null && InputTypes.Named(type) is IInputObjectGraphType input)
                {
                    InputObject(input, obj, problems);
                }
                else
                {
                    Leaf(type, value, problems);
                }

                return;
            default:
                Leaf(type, value, problems);
                return;
        }
    }

    private static void InputObject(IInputObjectGraphType type, GraphQLObjectValue value, List<(string, ASTNode)> problems)
    {
        var given = value.Fields ?? [];
        foreach (var field in type.Fields)
        {
            if (InputTypes.IsRequired(field.ResolvedType!, field.DefaultValue) && !given.Exists(f => f.Name.StringValue == field.Name))
            {
                problems.Add(($"Field \"{type.Name}.{field.Name}\" of required type \"{GraphQLPrinter.Print(field.ResolvedType!)}\" was not provided.", value));
            }
        }

        if (type.IsOneOf)
        {
            OneOf(type, value, problems);
        }

        foreach (var field in given)
        {
            if (type.GetField(field.Name.Value) is { } definition)
            {
                Visit(definition.ResolvedType, field.Value, problems);
            }
            else
            {
                var name = field.Name.StringValue;
                problems.Add(($"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(Suggestions.List(name, type.Fields.Select(f => f.Name))), field));
            }
        }
    }

    /// <summary>
    /// graphql-js's <c>validateOneOfInputObject</c>: exactly one key, and that key's value not a null literal.
    /// It counts every name given, unknown ones included, once each (a repeated name keeps its last value);
    /// a variable's value is not looked at here.
    /// </summary>
    private static void OneOf(IInputObjectGraphType type, GraphQLObjectValue value, List<(string, ASTNode)> problems)
    {
        var given = value.Fields ?? [];
        var names = given.Select(f => f.Name.StringValue).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count != 1)
        {
            problems.Add(($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", value));
        }
        else if (given[^1].Value is GraphQLNullValue)
        {
            problems.Add(($"Field \"{type.Name}.{names[0]}\" must be non-null.", value));
        }
    }

    /// <summary>graphql-js's <c>isValidValueNode</c>: a leaf type parses the literal; any other type cannot take it.</summary>
    private static void Leaf(IGraphType? type, GraphQLValue value, List<(string, ASTNode)> problems)
    {
        if (type is null)
        {
            return;
        }

        var named = InputTypes.Named(type);
        if (!InputTypes.IsLeaf(named))
        {
            problems.Add(($"Expected value of type \"{GraphQLPrinter.Print(type)}\", found {GraphQLPrinter.Print(value)}.", value));
        }
        else if (LeafReasons.ForLiteral(named, value) is { } reason)
        {
            problems.Add((reason, value));
        }
    }
}
