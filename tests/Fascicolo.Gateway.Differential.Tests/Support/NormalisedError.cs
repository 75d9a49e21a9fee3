using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Fascicolo.Gateway.Differential.Tests.Support;

/// <summary>The parts of a GraphQL error the differential tests compare: message, path and <c>extensions.code</c>.</summary>
/// <param name="Message">The message, normalised (see <see cref="From"/>).</param>
/// <param name="Path">The path as JSON text, or null.</param>
/// <param name="Code">The <c>extensions.code</c>, or null.</param>
public sealed partial record NormalisedError(string Message, string? Path, string? Code)
{
    /// <summary>
    /// The errors of <paramref name="body"/>, normalised. Every normalisation, and why:
    /// <list type="number">
    /// <item>Only message, path and <c>extensions.code</c> are kept: <c>locations</c> and other
    /// extensions (stack traces, service names, HTTP details) are each gateway's own business.</item>
    /// <item>Errors are sorted by path, then message: gateways collect errors from parallel fetches
    /// in whatever order those finish, and the spec gives errors no order.</item>
    /// <item>Quotes around names are unified (<c>'x'</c>, <c>"x"</c>, typographic quotes all become
    /// <c>"x"</c>): graphql-js and GraphQL.NET quote differently in otherwise identical messages.</item>
    /// <item>Loopback ports are masked (<c>127.0.0.1:PORT</c>): each run picks free ports.</item>
    /// </list>
    /// </summary>
    /// <param name="body">A response body.</param>
    /// <returns>Its errors, normalised and sorted; empty when it has none.</returns>
    public static IReadOnlyList<NormalisedError> From(JsonObject? body) =>
        body?["errors"] is not JsonArray errors
            ? []
            : [.. errors.OfType<JsonObject>()
                .Select(e => new NormalisedError(
                    Normalise(e["message"]?.ToString() ?? ""),
                    e["path"]?.ToJsonString(),
                    e["extensions"]?["code"]?.ToString()))
                .OrderBy(e => e.Path, StringComparer.Ordinal)
                .ThenBy(e => e.Message, StringComparer.Ordinal)];

    private static string Normalise(string message) =>
        Port().Replace(Quotes().Replace(message, "\""), "127.0.0.1:PORT");

    [GeneratedRegex("['\"\u2018\u2019\u201C\u201D]")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex Port();
}
