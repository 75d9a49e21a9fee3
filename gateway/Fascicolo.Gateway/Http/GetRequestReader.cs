using System.Text.Json;
using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.TrustedDocuments;

namespace Fascicolo.Gateway.Http;

/// <summary>Reads a GET request's <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c> query parameters (the last two as JSON).</summary>
internal static class GetRequestReader
{
    private static readonly string[] Parameters = ["query", "operationName", "variables", "extensions", "documentId"];

    public static GraphQLHttpRequest Read(IQueryCollection parameters, DocumentCache documents)
    {
        foreach (var name in Parameters)
        {
            if (parameters[name].Count > 1)
            {
                return GraphQLHttpRequest.BadRequest($"The '{name}' parameter is given more than once.");
            }
        }

        // Of the extensions, only Apollo's persisted queries are used.
        if (!IsObjectOrNull(parameters["extensions"].ToString(), out var extensions))
        {
            return GraphQLHttpRequest.BadRequest("The 'extensions' parameter must be a JSON object or null.");
        }

        PersistedDocumentReference? persisted = null;
        using (extensions)
        {
            if (extensions is not null && PersistedDocumentReference.FromExtensions(extensions.RootElement, out persisted) is { } problem)
            {
                return GraphQLHttpRequest.BadRequest(problem);
            }
        }

        if (parameters["documentId"].ToString() is { Length: > 0 } documentId)
        {
            if (PersistedDocumentReference.TryParseDocumentId(documentId, out var reference) is { } problem)
            {
                return GraphQLHttpRequest.BadRequest(problem);
            }

            persisted = reference;
        }

        if (!IsObjectOrNull(parameters["variables"].ToString(), out var variables))
        {
            return GraphQLHttpRequest.BadRequest("The 'variables' parameter must be a JSON object or null.");
        }

        var query = parameters["query"].ToString();
        var operationName = parameters["operationName"].ToString() is { Length: > 0 } given ? given : null;
        if (persisted is not null)
        {
            return GraphQLHttpRequest.Accepted(persisted, query.Length > 0 ? documents.GetOrAdd(query) : null, operationName, variables, isGet: true);
        }

        if (query.Length == 0)
        {
            variables?.Dispose();
            return GraphQLHttpRequest.BadRequest("The 'query' parameter is required, unless a trusted document is named by 'documentId'.");
        }

        return GraphQLHttpRequest.Accepted(documents.GetOrAdd(query), operationName, variables, isGet: true);
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
