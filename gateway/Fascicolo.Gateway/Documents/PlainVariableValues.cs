using System.Text.Json;
using Fascicolo.Gateway.ApiSchema;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Documents;

/// <summary>
/// Coerces the variables nearly every request has (scalars, enum values and lists of them, given or left
/// out when nullable) straight from the request's JSON, as the GraphQL spec's CoerceVariableValues does.
/// Anything else (input objects, default values, a value that may be wrong) is left to GraphQL.NET's
/// validator, which is exact but visits the whole operation on every request.
/// </summary>
/// <remarks>
/// It only accepts what GraphQL.NET accepts and gives the values it would give (its own scalars parse them):
/// it either answers as the validator would, or not at all (null), never otherwise.
/// </remarks>
internal static class PlainVariableValues
{
    /// <summary>The coerced values, or null when the validator must decide.</summary>
    public static Variables? TryCoerce(ISchema schema, GraphQLOperationDefinition operation, JsonElement? request)
    {
        var values = new Variables();
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            var name = definition.Variable.Name.StringValue;
            if (request is not { ValueKind: JsonValueKind.Object } given || !given.TryGetProperty(name, out var value))
            {
                if (definition.DefaultValue is not null || definition.Type is GraphQLNonNullType)
                {
                    return null;
                }

                continue;
            }

            if (!TryCoerce(schema, definition.Type, value, out var coerced))
            {
                return null;
            }

            values.Add(new Variable(name, definition) { Value = coerced });
        }

        return values;
    }

    private static bool TryCoerce(ISchema schema, GraphQLType type, JsonElement value, out object? coerced)
    {
        coerced = null;
        if (type is GraphQLNonNullType nonNull)
        {
            return value.ValueKind != JsonValueKind.Null && TryCoerce(schema, nonNull.Type, value, out coerced);
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (type is GraphQLListType list)
        {
            return TryCoerceList(schema, list.Type, value, out coerced);
        }

        return type is GraphQLNamedType named
            && schema.AllTypes[named.Name.StringValue] is { } graphType
            && TryCoerceLeaf(graphType, value, out coerced);
    }

    // A single value where a list is expected is a list of one (the spec's input coercion of lists).
    private static bool TryCoerceList(ISchema schema, GraphQLType itemType, JsonElement value, out object? coerced)
    {
        coerced = null;
        if (value.ValueKind != JsonValueKind.Array)
        {
            if (!TryCoerce(schema, itemType, value, out var single))
            {
                return false;
            }

            coerced = new[] { single };
            return true;
        }

        var items = new object?[value.GetArrayLength()];
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (!TryCoerce(schema, itemType, item, out items[index++]))
            {
                return false;
            }
        }

        coerced = items;
        return true;
    }

    private static bool TryCoerceLeaf(IGraphType type, JsonElement value, out object? coerced)
    {
        coerced = null;
        object? input = (type, value.ValueKind) switch
        {
            (StringGraphType or IdGraphType or PassThroughScalarGraphType or EnumerationGraphType, JsonValueKind.String) => value.GetString(),
            (BooleanGraphType, JsonValueKind.True) => true,
            (BooleanGraphType, JsonValueKind.False) => false,
            (IntGraphType, JsonValueKind.Number) when value.TryGetInt32(out var integer) => integer,
            (FloatGraphType, JsonValueKind.Number) when value.TryGetDouble(out var number) && double.IsFinite(number) => number,
            _ => null,
        };
        if (input is null || type is not ScalarGraphType scalar)
        {
            return false;
        }

        try
        {
            // The schema's own scalar (and enum) parses it: the same value the validator would give.
            if (!scalar.CanParseValue(input))
            {
                return false;
            }

            coerced = scalar.ParseValue(input);
            return true;
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            return false;
        }
    }
}
