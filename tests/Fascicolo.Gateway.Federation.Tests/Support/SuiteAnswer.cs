using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Fascicolo.Gateway.Benchmarks.Lab;

namespace Fascicolo.Gateway.Federation.Tests.Support;

/// <summary>
/// A response as the suites compare it: <c>data</c> exactly (field order included), and each
/// error's message, path and <c>extensions.code</c>, sorted by path then message (the spec gives
/// errors no order); quotes in messages are unified and loopback ports masked, since gateways quote
/// names differently and each run picks its ports.
/// </summary>
public static partial class SuiteAnswer
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The comparable form of <paramref name="response"/>.</summary>
    /// <param name="response">A gateway response.</param>
    /// <returns>A JSON object with <c>data</c> and, when there are any, <c>errors</c>.</returns>
    public static JsonObject From(GraphQLResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var answer = new JsonObject();
        if (response.Body is null)
        {
            answer["http"] = $"{response.Status}: {response.Text}";
            return answer;
        }
        if (response.Body.ContainsKey("data"))
        {
            answer["data"] = response.Body["data"]?.DeepClone();
        }
        if (response.Body["errors"] is JsonArray { Count: > 0 } errors)
        {
            answer["errors"] = new JsonArray([.. errors.OfType<JsonObject>()
                .Select(e => new JsonObject
                {
                    ["message"] = Normalise(e["message"]?.ToString() ?? ""),
                    ["path"] = e["path"]?.DeepClone(),
                    ["code"] = e["extensions"]?["code"]?.DeepClone(),
                })
                .OrderBy(e => e["path"]?.ToJsonString(), StringComparer.Ordinal)
                .ThenBy(e => e["message"]!.GetValue<string>(), StringComparer.Ordinal)]);
        }
        return answer;
    }

    /// <summary>The one-line text two answers are compared by.</summary>
    /// <param name="answer">An answer from <see cref="From"/> or an expected file.</param>
    /// <returns>Compact JSON.</returns>
    public static string Text(JsonNode? answer) => answer?.ToJsonString() ?? "null";

    /// <summary>The answer as it is written to an expected file.</summary>
    /// <param name="answer">An answer.</param>
    /// <returns>Indented JSON with a final newline.</returns>
    public static string FileText(JsonNode answer) => answer.ToJsonString(Indented) + "\n";

    private static string Normalise(string message) =>
        Port().Replace(Quotes().Replace(message, "\""), "127.0.0.1:PORT");

    [GeneratedRegex("['\"\u2018\u2019\u201C\u201D]")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex Port();
}
