using System.Text.Json.Nodes;
using Fascicolo.Gateway.Benchmarks.Lab;

namespace Fascicolo.Gateway.Differential.Tests.Support;

/// <summary>
/// Compares our gateway's answer with the peers'. <c>data</c> must equal Hive Gateway's exactly,
/// field order included (the spec orders response fields as the selection does). For errors, Hive
/// and Apollo are two opinions: where they agree on a part (how many errors; each error's message,
/// path and code after <see cref="NormalisedError.From"/>; whether <c>data</c> is present), ours
/// must agree too; where they differ, that part is not compared.
/// </summary>
internal static class DifferentialAssert
{
    /// <summary>Fails with every difference found, not just the first.</summary>
    public static void SameAnswer(GraphQLResponse hive, GraphQLResponse apollo, GraphQLResponse ours)
    {
        var problems = new List<string>();
        CompareData(hive, apollo, ours, problems);
        CompareErrors(NormalisedError.From(hive.Body), NormalisedError.From(apollo.Body), NormalisedError.From(ours.Body), problems);
        Assert.True(problems.Count == 0, $"""
            {string.Join("\n", problems)}
            hive:   {Shorten(hive.Text)}
            apollo: {Shorten(apollo.Text)}
            ours:   {Shorten(ours.Text)}
            """);
    }

    private static void CompareData(GraphQLResponse hive, GraphQLResponse apollo, GraphQLResponse ours, List<string> problems)
    {
        var hasData = (GraphQLResponse r) => r.Body?.ContainsKey("data") == true;
        if (hasData(hive) == hasData(apollo) && hasData(ours) != hasData(hive))
        {
            problems.Add(hasData(hive) ? "ours has no data entry; both peers have one" : "ours has a data entry; neither peer has one");
        }
        var expected = hive.Body?["data"];
        var actual = ours.Body?["data"];
        if (!JsonNode.DeepEquals(expected, actual))
        {
            problems.Add("data differs from Hive Gateway's");
        }
        else if (expected?.ToJsonString() != actual?.ToJsonString())
        {
            problems.Add("data holds the same values as Hive Gateway's but its fields come in another order");
        }
    }

    private static void CompareErrors(IReadOnlyList<NormalisedError> hive, IReadOnlyList<NormalisedError> apollo, IReadOnlyList<NormalisedError> ours, List<string> problems)
    {
        if ((hive.Count > 0) != (ours.Count > 0))
        {
            problems.Add($"Hive Gateway answers with {hive.Count} error(s), ours with {ours.Count}");
            return;
        }
        if (hive.Count != apollo.Count)
        {
            // The peers disagree on how many errors (e.g. one per failed fetch or one per nulled field):
            // only the kinds of error (codes) and the places (paths) they both report can be compared.
            CompareSets("extensions.code", hive.Select(e => e.Code), apollo.Select(e => e.Code), ours.Select(e => e.Code), problems);
            CompareSets("path", hive.Select(e => e.Path), apollo.Select(e => e.Path), ours.Select(e => e.Path), problems);
            return;
        }
        if (ours.Count != hive.Count)
        {
            problems.Add($"both peers answer with {hive.Count} error(s), ours with {ours.Count}");
        }
        for (var i = 0; i < Math.Min(hive.Count, ours.Count); i++)
        {
            Compare(i, "message", hive[i].Message, apollo[i].Message, ours[i].Message, problems);
            Compare(i, "path", hive[i].Path, apollo[i].Path, ours[i].Path, problems);
            Compare(i, "extensions.code", hive[i].Code, apollo[i].Code, ours[i].Code, problems);
        }
    }

    private static void CompareSets(string part, IEnumerable<string?> hive, IEnumerable<string?> apollo, IEnumerable<string?> ours, List<string> problems)
    {
        var (h, a, o) = (Distinct(hive), Distinct(apollo), Distinct(ours));
        if (h == a && o != h)
        {
            problems.Add($"errors' {part}s are [{o}]; both peers say [{h}]");
        }
    }

    private static string Distinct(IEnumerable<string?> values) =>
        string.Join(", ", values.Select(v => v ?? "none").Distinct().Order(StringComparer.Ordinal));

    private static void Compare(int index, string part, string? hive, string? apollo, string? ours, List<string> problems)
    {
        if (hive == apollo && ours != hive)
        {
            problems.Add($"error {index}: {part} is '{ours}'; both peers say '{hive}'");
        }
    }

    private static string Shorten(string text) => text.Length <= 3000 ? text : text[..3000] + "…";
}
