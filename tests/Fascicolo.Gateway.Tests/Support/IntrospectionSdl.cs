using System.Text;
using System.Text.Json;

namespace Fascicolo.Gateway.Tests.Support;

/// <summary>
/// The introspection query GraphiQL and graphql-js send (descriptions, repeatable directives, schema
/// description, deprecated input values, scalars' specification URLs) and a printer from its result back to SDL, so a test can
/// compare the schema clients see with a snapshot.
/// </summary>
internal static class IntrospectionSdl
{
    public const string Query = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        """;

    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];
    private static readonly HashSet<string> BuiltInDirectives = ["include", "skip", "deprecated", "specifiedBy", "oneOf"];

    /// <summary>Prints the <c>__schema</c> of an introspection result as SDL, types and directives sorted by name.</summary>
    public static string Print(JsonElement schema)
    {
        var sdl = new StringBuilder();
        var query = schema.GetProperty("queryType").GetProperty("name").GetString();
        var mutation = NameOf(schema.GetProperty("mutationType"));
        var subscription = NameOf(schema.GetProperty("subscriptionType"));
        if (query != "Query" || mutation is not (null or "Mutation") || subscription is not (null or "Subscription"))
        {
            sdl.Append("schema {\n  query: ").Append(query).Append('\n');
            AppendRoot(sdl, "mutation", mutation);
            AppendRoot(sdl, "subscription", subscription);
            sdl.Append("}\n\n");
        }

        foreach (var directive in schema.GetProperty("directives").EnumerateArray().OrderBy(d => d.GetProperty("name").GetString(), StringComparer.Ordinal))
        {
            var name = directive.GetProperty("name").GetString()!;
            if (!BuiltInDirectives.Contains(name))
            {
                AppendDescription(sdl, directive, string.Empty);
                sdl.Append("directive @").Append(name).Append(Arguments(directive.GetProperty("args")));
                sdl.Append(directive.GetProperty("isRepeatable").GetBoolean() ? " repeatable" : string.Empty);
                sdl.Append(" on ").AppendJoin(" | ", directive.GetProperty("locations").EnumerateArray().Select(l => l.GetString())).Append("\n\n");
            }
        }

        foreach (var type in schema.GetProperty("types").EnumerateArray().OrderBy(t => t.GetProperty("name").GetString(), StringComparer.Ordinal))
        {
            var name = type.GetProperty("name").GetString()!;
            if (!name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Contains(name))
            {
                AppendType(sdl, type, name);
                sdl.Append('\n');
            }
        }

        return sdl.ToString().TrimEnd() + "\n";
    }

    private static void AppendType(StringBuilder sdl, JsonElement type, string name)
    {
        AppendDescription(sdl, type, string.Empty);
        switch (type.GetProperty("kind").GetString())
        {
            case "SCALAR":
                sdl.Append("scalar ").Append(name);
                if (type.GetProperty("specifiedByURL").GetString() is { } url)
                {
                    sdl.Append(" @specifiedBy(url: ").Append(JsonSerializer.Serialize(url)).Append(')');
                }

                sdl.Append('\n');
                break;
            case "OBJECT" or "INTERFACE":
                sdl.Append(type.GetProperty("kind").GetString() == "OBJECT" ? "type " : "interface ").Append(name);
                var interfaces = type.GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
                if (interfaces.Count > 0)
                {
                    sdl.Append(" implements ").AppendJoin(" & ", interfaces);
                }

                sdl.Append(" {\n");
                foreach (var field in type.GetProperty("fields").EnumerateArray())
                {
                    AppendDescription(sdl, field, "  ");
                    sdl.Append("  ").Append(field.GetProperty("name").GetString()).Append(Arguments(field.GetProperty("args")))
                        .Append(": ").Append(TypeRef(field.GetProperty("type"))).Append(Deprecation(field)).Append('\n');
                }

                sdl.Append("}\n");
                break;
            case "UNION":
                sdl.Append("union ").Append(name).Append(" = ")
                    .AppendJoin(" | ", type.GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString())).Append('\n');
                break;
            case "ENUM":
                sdl.Append("enum ").Append(name).Append(" {\n");
                foreach (var value in type.GetProperty("enumValues").EnumerateArray())
                {
                    AppendDescription(sdl, value, "  ");
                    sdl.Append("  ").Append(value.GetProperty("name").GetString()).Append(Deprecation(value)).Append('\n');
                }

                sdl.Append("}\n");
                break;
            case "INPUT_OBJECT":
                sdl.Append("input ").Append(name).Append(" {\n");
                foreach (var field in type.GetProperty("inputFields").EnumerateArray())
                {
                    AppendDescription(sdl, field, "  ");
                    sdl.Append("  ").Append(InputValue(field)).Append('\n');
                }

                sdl.Append("}\n");
                break;
            default:
                throw new InvalidOperationException($"Unknown type kind {type.GetProperty("kind")}.");
        }
    }

    private static string Arguments(JsonElement args) =>
        args.GetArrayLength() == 0 ? string.Empty : "(" + string.Join(", ", args.EnumerateArray().Select(InputValue)) + ")";

    private static string InputValue(JsonElement value)
    {
        var text = value.GetProperty("name").GetString() + ": " + TypeRef(value.GetProperty("type"));
        if (value.GetProperty("defaultValue").GetString() is { } defaultValue)
        {
            text += " = " + defaultValue;
        }

        return text + Deprecation(value);
    }

    private static string TypeRef(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeRef(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + TypeRef(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };

    private static string Deprecation(JsonElement element) =>
        element.TryGetProperty("isDeprecated", out var deprecated) && deprecated.GetBoolean()
            ? $" @deprecated(reason: {JsonSerializer.Serialize(element.GetProperty("deprecationReason").GetString())})"
            : string.Empty;

    private static void AppendDescription(StringBuilder sdl, JsonElement element, string indent)
    {
        if (element.GetProperty("description").GetString() is { Length: > 0 } description)
        {
            sdl.Append(indent).Append("\"\"\"").Append(description).Append("\"\"\"\n");
        }
    }

    private static void AppendRoot(StringBuilder sdl, string operation, string? type)
    {
        if (type is not null)
        {
            sdl.Append("  ").Append(operation).Append(": ").Append(type).Append('\n');
        }
    }

    private static string? NameOf(JsonElement type) =>
        type.ValueKind == JsonValueKind.Null ? null : type.GetProperty("name").GetString();
}
