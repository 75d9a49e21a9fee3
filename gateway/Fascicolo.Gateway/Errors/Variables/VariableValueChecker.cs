using System.Globalization;
using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Errors.Wording;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Variables;

/// <summary>
/// graphql-js's <c>coerceVariableValues</c> and <c>coerceInputValue</c>, reduced to the errors they report:
/// every problem with one variable's JSON value, in graphql-js's words (<c>Variable "$x" got invalid value
/// "three"; Int cannot represent non-integer value: "three"</c>), in the order graphql-js finds them.
/// </summary>
internal static class VariableValueChecker
{
    /// <summary>What graphql-js reports for <paramref name="definition"/> given the request's variables; empty when it accepts the value.</summary>
    public static List<string> Check(GraphQLVariableDefinition definition, ISchema schema, JsonElement? variables)
    {
        var problems = new List<string>();
        var name = definition.Variable.Name.StringValue;
        if (InputTypes.FromSyntax(definition.Type, schema) is not { } type)
        {
            return problems;
        }

        if (variables is not { ValueKind: JsonValueKind.Object } values || !values.TryGetProperty(name, out var value))
        {
            if (definition.DefaultValue is null && InputTypes.IsNonNull(type))
            {
                problems.Add($"Variable \"${name}\" of required type \"{GraphQLPrinter.Print(type)}\" was not provided.");
            }

            return problems;
        }

        if (value.ValueKind == JsonValueKind.Null && InputTypes.IsNonNull(type))
        {
            problems.Add($"Variable \"${name}\" of non-null type \"{GraphQLPrinter.Print(type)}\" must not be null.");
            return problems;
        }

        Coerce(value, type, [], (path, invalid, reason) =>
        {
            var at = path.Count > 0 ? $" at \"{name}{PrintPath(path)}\"" : string.Empty;
            problems.Add($"Variable \"${name}\" got invalid value {JsInspect.Format(invalid)}{at}; {reason}");
        });
        return problems;
    }

    private static void Coerce(JsonElement value, IGraphType type, List<object> path, Action<List<object>, JsonElement, string> fail)
    {
        if (type is NonNullGraphType nonNull)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                fail(path, value, $"Expected non-nullable type \"{GraphQLPrinter.Print(type)}\" not to be null.");
                return;
            }

            Coerce(value, nonNull.ResolvedType!, path, fail);
            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        switch (type)
        {
            case ListGraphType list when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Coerce(item, list.ResolvedType!, [.. path, index++], fail);
                }

                return;
            case ListGraphType list:
                // A single value stands for a list of one.
                Coerce(value, list.ResolvedType!, path, fail);
                return;
            case IInputObjectGraphType input:
                InputObject(value, input, path, fail);
                return;
            default:
                if (LeafReasons.ForValue(type, value) is { } reason)
                {
                    fail(path, value, reason);
                }

                return;
        }
    }

    private static void InputObject(JsonElement value, IInputObjectGraphType type, List<object> path, Action<List<object>, JsonElement, string> fail)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            fail(path, value, $"Expected type \"{type.Name}\" to be an object.");
            return;
        }

        var properties = JsJson.Properties(value);
        foreach (var field in type.Fields)
        {
            var given = properties.FirstOrDefault(p => p.Key == field.Name);
            if (given.Key is null)
            {
                if (InputTypes.IsRequired(field.ResolvedType!, field.DefaultValue))
                {
                    fail(path, value, $"Field \"{field.Name}\" of required type \"{GraphQLPrinter.Print(field.ResolvedType!)}\" was not provided.");
                }

                continue;
            }

            Coerce(given.Value, field.ResolvedType!, [.. path, field.Name], fail);
        }

        foreach (var (key, _) in properties)
        {
            if (type.GetField(key) is null)
            {
                fail(path, value, $"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(Suggestions.List(key, type.Fields.Select(f => f.Name))));
            }
        }

        if (type.IsOneOf)
        {
            OneOf(value, type, properties, path, fail);
        }
    }

    /// <summary>
    /// graphql-js's one-of check, made on the coerced object: its keys are the type's fields given (or defaulted),
    /// in the type's field order, unknown names left out; the first key's value must not be null, even when
    /// there are several keys (graphql-js then reports both).
    /// </summary>
    private static void OneOf(JsonElement value, IInputObjectGraphType type, IReadOnlyList<KeyValuePair<string, JsonElement>> properties, List<object> path, Action<List<object>, JsonElement, string> fail)
    {
        var keys = type.Fields
            .Select(f => (f.Name, Given: properties.FirstOrDefault(p => p.Key == f.Name), f.DefaultValue))
            .Where(k => k.Given.Key is not null || k.DefaultValue is not null)
            .ToList();
        if (keys.Count != 1)
        {
            fail(path, value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
        }

        if (keys is [var first, ..] && first.Given.Key is not null && first.Given.Value.ValueKind == JsonValueKind.Null)
        {
            fail([.. path, first.Name], first.Given.Value, $"Field \"{first.Name}\" must be non-null.");
        }
    }

    // graphql-js's printPathArray: ".field" and "[index]".
    private static string PrintPath(List<object> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            text.Append(segment is int index ? string.Create(CultureInfo.InvariantCulture, $"[{index}]") : "." + segment);
        }

        return text.ToString();
    }
}
