using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>Writes the JSON body of a subgraph request.</summary>
internal static class RequestBody
{
    // Plans are cached, so each fetch's escaped document is encoded once and reused by every request.
    private static readonly ConditionalWeakTable<FetchNode, byte[]> Prefixes = [];
    private static readonly byte[] VariablesProperty = Encoding.UTF8.GetBytes(",\"variables\":");

    /// <summary>Writes <c>{"query":…,"operationName":…,"variables":{…}}</c> for <paramref name="fetch"/>.</summary>
    public static void Write(PooledBufferWriter body, FetchNode fetch, JsonElement? clientVariables, EntityTargets? targets)
    {
        body.Write(Prefixes.GetValue(fetch, PrefixOf));
        if (targets is not null || fetch.Variables.Count > 0)
        {
            body.Write(VariablesProperty);
            using var writer = new Utf8JsonWriter(body);
            writer.WriteStartObject();
            if (targets is not null)
            {
                writer.WriteStartArray("representations");
                for (var i = 0; i < targets.RepresentationCount; i++)
                {
                    writer.WriteRawValue(targets.Representation(i), skipInputValidation: true);
                }

                writer.WriteEndArray();
            }

            WriteClientVariables(writer, fetch.Variables, clientVariables);
            writer.WriteEndObject();
        }

        body.Write("}"u8);
    }

    /// <summary>Writes the client's values of <paramref name="names"/> (those it sent) as properties of the variables object.</summary>
    public static void WriteClientVariables(Utf8JsonWriter writer, IReadOnlyList<string> names, JsonElement? clientVariables)
    {
        if (clientVariables is not { ValueKind: JsonValueKind.Object } variables)
        {
            return;
        }

        foreach (var name in names)
        {
            if (variables.TryGetProperty(name, out var value))
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }
        }
    }

    /// <summary>
    /// <c>{"query":…,"operationName":…</c> without the closing brace: what a body holds before its variables.
    /// </summary>
    public static byte[] Prefix(string document, string? operationName)
    {
        using var buffer = new PooledBufferWriter(document.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", document);
            if (operationName is not null)
            {
                writer.WriteString("operationName", operationName);
            }

            writer.WriteEndObject();
        }

        // Drop the closing brace: the variables (when any) and the brace are written per request.
        return buffer.WrittenSpan[..^1].ToArray();
    }

    private static byte[] PrefixOf(FetchNode fetch) => Prefix(fetch.Document, fetch.OperationName);
}
