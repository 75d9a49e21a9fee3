using System.Text.Json;
using Fascicolo.Gateway.Composition;
using GraphQLParser;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// The access-log entries a response obliges: walking the response along its document (aliases,
/// fragments) and the supergraph's types, every non-null personal field under a citizen whose fiscal
/// code is known (from the response, the <c>citizen(fiscalCode:)</c> argument or an <c>_entities</c>
/// representation) must have been recorded for that citizen.
/// </summary>
internal sealed class AuditExpectations(Supergraph supergraph, PersonalCoordinates personal)
{
    private const string Citizen = "Citizen";

    /// <summary>The (data subject, <c>Type.field</c>) pairs the response shows.</summary>
    /// <param name="requestBody">The request's JSON body (<c>query</c>, <c>variables</c>).</param>
    /// <param name="data">The response's <c>data</c>.</param>
    public IReadOnlySet<(string Subject, string Coordinate)> Of(string requestBody, JsonElement data)
    {
        using var request = JsonDocument.Parse(requestBody);
        var variables = request.RootElement.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v : default;
        var document = Parser.Parse(request.RootElement.GetProperty("query").GetString()!);
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var walk = new Walk(supergraph, personal, fragments, variables);
        walk.Object(data, supergraph.QueryType, [operation.SelectionSet], subject: null);
        return walk.Expected;
    }

    private sealed class Walk(Supergraph supergraph, PersonalCoordinates personal, Dictionary<string, GraphQLFragmentDefinition> fragments, JsonElement variables)
    {
        public HashSet<(string Subject, string Coordinate)> Expected { get; } = [];

        public void Object(JsonElement value, string typeName, IReadOnlyList<GraphQLSelectionSet> selections, string? subject)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            var fields = new Dictionary<string, List<GraphQLField>>(StringComparer.Ordinal);
            foreach (var selection in selections)
            {
                Collect(typeName, selection, fields);
            }

            if (typeName == Citizen && fields.FirstOrDefault(f => f.Value[0].Name.StringValue == "fiscalCode").Key is { } codeKey
                && value.TryGetProperty(codeKey, out var code) && code.ValueKind == JsonValueKind.String)
            {
                subject = code.GetString();
            }

            foreach (var (key, nodes) in fields)
            {
                var name = nodes[0].Name.StringValue;
                if (name.StartsWith("__", StringComparison.Ordinal) || !value.TryGetProperty(key, out var child) || child.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                var coordinate = $"{typeName}.{name}";
                if (subject is not null && personal.IsPersonal(coordinate) && !personal.IsKey(coordinate))
                {
                    Expected.Add((subject, coordinate));
                }

                var inner = nodes.Where(n => n.SelectionSet is not null).Select(n => n.SelectionSet!).ToList();
                if (inner.Count == 0)
                {
                    continue;
                }

                if (name == "_entities")
                {
                    Entities(child, inner);
                    continue;
                }

                var fieldType = supergraph.GetRequiredType(typeName).Fields.Single(f => f.Name == name).NamedType;
                var childSubject = fieldType == Citizen ? CitizenArgument(nodes[0]) : subject;
                foreach (var item in Flatten(child))
                {
                    Object(item, fieldType, inner, childSubject);
                }
            }
        }

        /// <summary>A subgraph's <c>_entities</c>: each item's type and citizen come from its representation.</summary>
        private void Entities(JsonElement items, List<GraphQLSelectionSet> selections)
        {
            var representations = variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty("representations", out var r) ? r : default;
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                var representation = representations.ValueKind == JsonValueKind.Array ? representations[index++] : default;
                if (representation.ValueKind == JsonValueKind.Object
                    && representation.GetProperty("__typename").GetString() is { } typeName && supergraph.TryGetType(typeName, out _))
                {
                    var subject = typeName == Citizen ? representation.GetProperty("fiscalCode").GetString() : null;
                    Object(item, typeName, selections, subject);
                }
            }
        }

        private void Collect(string typeName, GraphQLSelectionSet selectionSet, Dictionary<string, List<GraphQLField>> fields)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var key = (field.Alias?.Name ?? field.Name).StringValue;
                        if (!fields.TryGetValue(key, out var list))
                        {
                            fields[key] = list = [];
                        }

                        list.Add(field);
                        break;
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                        && fragment.TypeCondition.Type.Name.StringValue == typeName:
                        Collect(typeName, fragment.SelectionSet, fields);
                        break;
                    case GraphQLInlineFragment inline when inline.TypeCondition is null || inline.TypeCondition.Type.Name.StringValue == typeName:
                        Collect(typeName, inline.SelectionSet, fields);
                        break;
                }
            }
        }

        /// <summary>The <c>fiscalCode</c> argument of a field returning a citizen (a literal or a variable).</summary>
        private string? CitizenArgument(GraphQLField field) =>
            field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "fiscalCode")?.Value switch
            {
                GraphQLStringValue literal => literal.Value.ToString(),
                GraphQLVariable variable when variables.ValueKind == JsonValueKind.Object
                    && variables.TryGetProperty(variable.Name.StringValue, out var value) && value.ValueKind == JsonValueKind.String => value.GetString(),
                _ => null,
            };

        private static IEnumerable<JsonElement> Flatten(JsonElement value) =>
            value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().SelectMany(Flatten) : [value];
    }
}
