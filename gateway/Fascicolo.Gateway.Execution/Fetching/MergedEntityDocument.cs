using System.Buffers;
using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>
/// The operation that carries several entity fetches to one subgraph in one request: one aliased
/// <c>_entities</c> field per fetch, each with its own representations variable, and the client
/// variables the fetches forward, declared once. Built once per set of fetches and reused.
/// </summary>
/// <remarks>
/// <c>query Op__catalog__2($r0: [_Any!]!, $r1: [_Any!]!, $first: Int) { _v0_: _entities(representations: $r0) { … } _v1_: _entities(representations: $r1) { … } }</c>
/// </remarks>
internal sealed class MergedEntityDocument
{
    private readonly byte[] _prefix;
    private readonly JsonEncodedText[] _representationVariables;
    private readonly IReadOnlyList<string> _clientVariables;

    private MergedEntityDocument(string text, string? operationName, string[] aliases, JsonEncodedText[] representationVariables, IReadOnlyList<string> clientVariables)
    {
        Aliases = aliases;
        _representationVariables = representationVariables;
        _clientVariables = clientVariables;
        _prefix = [.. RequestBody.Prefix(text, operationName), .. ",\"variables\":"u8];
    }

    /// <summary>The alias of each fetch's <c>_entities</c> field, in the order of the fetches.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The document for <paramref name="fetches"/>, which are entity fetches with an <see cref="FetchNode.EntitySelection"/>.</summary>
    public static MergedEntityDocument Create(IReadOnlyList<FetchNode> fetches)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fetches.Count, 2);
        var (clientVariables, definitions) = ClientVariables(fetches);
        var prefix = RepresentationPrefix(clientVariables, fetches.Count);
        var aliases = new string[fetches.Count];
        var variables = new string[fetches.Count];
        for (var i = 0; i < fetches.Count; i++)
        {
            aliases[i] = $"_v{i}_";
            variables[i] = prefix + i;
        }

        // Shaped like the planner's fetch documents (FetchDocumentWriter), and named after the first fetch.
        var operationName = fetches[0].OperationName;
        var text = new StringBuilder(256).Append("query");
        if (operationName is not null)
        {
            text.Append(' ').Append(operationName);
        }

        text.Append('(').AppendJoin(", ", variables.Select(v => $"${v}: [_Any!]!").Concat(definitions)).Append(") {");
        for (var i = 0; i < fetches.Count; i++)
        {
            var selection = fetches[i].EntitySelection ?? throw new InvalidOperationException($"Fetch {fetches[i].Id} has no entity selection to merge.");
            text.Append(' ').Append(aliases[i]).Append(": _entities(representations: $").Append(variables[i]).Append(") ").Append(selection);
        }

        text.Append(" }");
        return new MergedEntityDocument(text.ToString(), operationName, aliases, [.. variables.Select(v => JsonEncodedText.Encode(v))], clientVariables);
    }

    /// <summary>Writes the request body: the document, then each fetch's representations and the client's variables.</summary>
    /// <param name="body">Receives the body.</param>
    /// <param name="parts">The fetches with their targets, in the order the document was created with.</param>
    /// <param name="clientVariables">The client's variables object.</param>
    public void Write(PooledBufferWriter body, ReadOnlySpan<EntityFetchPart> parts, JsonElement? clientVariables)
    {
        body.Write(_prefix);
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            for (var i = 0; i < parts.Length; i++)
            {
                writer.WriteStartArray(_representationVariables[i]);
                var targets = parts[i].Targets;
                for (var r = 0; r < targets.RepresentationCount; r++)
                {
                    writer.WriteRawValue(targets.Representation(r), skipInputValidation: true);
                }

                writer.WriteEndArray();
            }

            RequestBody.WriteClientVariables(writer, _clientVariables, clientVariables);
            writer.WriteEndObject();
        }

        body.Write("}"u8);
    }

    /// <summary>The client variables the fetches forward, each once (first seen first), with their definitions.</summary>
    private static (List<string> Names, List<string> Definitions) ClientVariables(IReadOnlyList<FetchNode> fetches)
    {
        var names = new List<string>();
        var definitions = new List<string>();
        foreach (var fetch in fetches)
        {
            if (fetch.VariableDefinitions.Count != fetch.Variables.Count)
            {
                throw new InvalidOperationException($"Fetch {fetch.Id} does not define its variables; it cannot be merged.");
            }

            for (var i = 0; i < fetch.Variables.Count; i++)
            {
                if (!names.Contains(fetch.Variables[i]))
                {
                    names.Add(fetch.Variables[i]);
                    definitions.Add(fetch.VariableDefinitions[i]);
                }
            }
        }

        return (names, definitions);
    }

    /// <summary>
    /// <c>r</c>, the prefix of the representations variables <c>$r0</c>, <c>$r1</c>…, lengthened with
    /// underscores until none of those names is a client variable the document also declares.
    /// </summary>
    private static string RepresentationPrefix(List<string> clientVariables, int count)
    {
        var prefix = "r";
        while (Enumerable.Range(0, count).Any(i => clientVariables.Contains(prefix + i)))
        {
            prefix = "_" + prefix;
        }

        return prefix;
    }
}
