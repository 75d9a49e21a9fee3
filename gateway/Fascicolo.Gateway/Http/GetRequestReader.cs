using System.Text.Json;
using Fascicolo.Gateway.Documents;

namespace Fascicolo.Gateway.Http;

/// <summary>Reads a GET request's <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c> query parameters (the last two as JSON).</summary>
internal static class GetRequestReader
{
    private static readonly string[] Parameters = ["query", "operationName", "variables", "extensions"];

    public static GraphQLHttpRequest Read(IQueryCollection parameters, DocumentCache documents)
    {
        foreach (var name in Parameters)
        {
            if (parameters[name].Count > 1)
            {
                return GraphQLHttpRequest.BadRequest($"The '{name}' parameter is given more than once.");
            }
        }

        // Extensions are checked, not used.
        if (!IsObjectOrNull(parameters["extensions"].ToString(), out var extensions))
        {
            return GraphQLHttpRequest.BadRequest("The 'extensions' parameter must be a JSON object or null.");
        }

        extensions?.Dispose();

        if (!IsObjectOrNull(parameters["variables"].ToString(), out var variables))
        {
            return GraphQLHttpRequest.BadRequest("The 'variables' parameter must be a JSON object or null.");
        }

        var query = parameters["query"].ToString();
        if (query.Length == 0)
        {
            variables?.Dispose();
            return GraphQLHttpRequest.BadRequest("The 'query' parameter is required (persisted documents are not supported).");
        }

        var operationName = parameters["operationName"].ToString();
        return GraphQLHttpRequest.Accepted(documents.GetOrAdd(query), operationName.Length > 0 ? operationName : null, variables, isGet: true);
    }

    /// <summary>Whether a JSON parameter is absent, <c>null</c> or an object; an object is returned parsed.</summary>
    private static bool IsObjectOrNull(string text, out JsonDocument? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        try
        {
            var parsed = JsonDocument.Parse(text);
            switch (parsed.RootElement.ValueKind)
            {
                case JsonValueKind.Object:
                    value = parsed;
                    return true;
                case JsonValueKind.Null:
                    parsed.Dispose();
                    return true;
                default:
                    parsed.Dispose();
                    return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
