using Fascicolo.Gateway.Documents;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>
/// OverlappingFieldsCanBeMerged in graphql-js's words: <c>Fields "x" conflict because "a" and "b" are
/// different fields. Use different aliases …</c>.
/// </summary>
/// <remarks>
/// The conflict (which subfields, which reason) is GraphQL.NET's internal <c>Conflict</c> tree, not kept
/// on the error: its message is the only record. GraphQL.NET builds it from the same reasons as graphql-js
/// with names unquoted, so the message is rewritten word by word, recognising only those reasons; anything
/// else is left to the fallback (GraphQL.NET's own message).
/// DIVERGENCE: graphql-js cuts reasons longer than 1,000 characters and keeps at most 20 locations; deeply
/// nested conflicts are reported here in full.
/// </remarks>
internal static class OverlapRule
{
    private const string Advice = ". Use different aliases on the fields to fetch both if this was intentional.";

    public static IEnumerable<GraphQLError>? Conflict(OverlappingFieldsCanBeMergedError error, ValidationTranslation t)
    {
        var nodes = error.Nodes?.ToArray() ?? [];
        if (nodes is not [GraphQLField first, ..] || !error.Message.EndsWith(Advice, StringComparison.Ordinal))
        {
            return null;
        }

        var responseName = (first.Alias?.Name ?? first.Name).StringValue;
        var prefix = $"Fields {responseName} conflicts because ";
        var reason = error.Message[..^Advice.Length];
        if (!reason.StartsWith(prefix, StringComparison.Ordinal) || Requote(reason[prefix.Length..].Split(' ')) is not { } quoted)
        {
            return null;
        }

        return [t.Error($"Fields \"{responseName}\" conflict because {quoted}{Advice}", nodes)];
    }

    /// <summary>The reason with graphql-js's quotes, or null when a word sequence is not one GraphQL.NET writes.</summary>
    private static string? Requote(string[] words)
    {
        var output = new List<string>(words.Length);
        var i = 0;
        while (i < words.Length)
        {
            switch (words.AsSpan(i))
            {
                case ["subfields", var name, "conflict", "because", ..] when name.Length > 2 && name[0] == '\'' && name[^1] == '\'':
                    output.AddRange(["subfields", $"\"{name[1..^1]}\"", "conflict", "because"]);
                    i += 4;
                    break;
                case [var a, "and", var b, "are", "different", "fields", ..]:
                    output.AddRange([$"\"{a}\"", "and", $"\"{b}\"", "are", "different", "fields"]);
                    i += 6;
                    break;
                case ["they", "have", "differing", "arguments", ..]:
                    output.AddRange(["they", "have", "differing", "arguments"]);
                    i += 4;
                    break;
                case ["they", "return", "conflicting", "types", var a, "and", var b, ..]:
                    output.AddRange(["they", "return", "conflicting", "types", $"\"{a}\"", "and", $"\"{b}\""]);
                    i += 7;
                    break;
                case ["and", "subfields", ..] when output.Count > 0:
                    output.Add("and");
                    i++;
                    break;
                default:
                    return null;
            }
        }

        return string.Join(' ', output);
    }
}
