using System.Text.Json;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Audit.Tests;

/// <summary>Asks for <c>Citizen.accessLog</c> through <c>_entities</c>, as the gateway does.</summary>
internal static class AccessLogQuery
{
    public const string Document = """
        query Log($representations: [_Any!]!, $first: Int, $after: String) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              accessLog(first: $first, after: $after) {
                edges { cursor node { at role office { ente department } purpose subgraph data } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
              }
            }
          }
        }
        """;

    public static Task<JsonDocument> SendAsync(this AuditFixture fixture, string fiscalCode, Caller? caller, int? first = null, string? after = null)
    {
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = fiscalCode }];
        return fixture.Host.QueryAsync(Document, new { representations, first, after }, caller);
    }

    /// <summary>The <c>accessLog</c> of the one citizen asked for.</summary>
    public static JsonElement AccessLog(this JsonDocument response) =>
        response.Data().GetProperty("_entities")[0].GetProperty("accessLog");

    /// <summary>The entries of a page, newest first.</summary>
    public static IReadOnlyList<JsonElement> Nodes(this JsonElement accessLog) =>
        [.. accessLog.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node"))];
}
