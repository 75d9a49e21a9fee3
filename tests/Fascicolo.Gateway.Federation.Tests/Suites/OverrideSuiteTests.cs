using System.Text.Json.Nodes;
using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>override</c> suite's subgraphs and gateways.</summary>
public sealed class OverrideFixture() : SuiteFixture("override");

/// <summary><c>@override</c> (from a live subgraph and from one that no longer exists), <c>@inaccessible</c> (hidden from clients, used between subgraphs), <c>@tag</c> and <c>@composeDirective</c>.</summary>
public sealed class OverrideSuiteTests(OverrideFixture suite, ITestOutputHelper output) : IClassFixture<OverrideFixture>
{
    private static readonly SuiteCase[] Cases =
    [
        // name from legacy, price from modern (it took it over): legacy prices are 1.
        new("override-from-live", "{ products { name price } }", 2),
        // stock was taken over from a subgraph that no longer exists.
        new("override-from-gone", "{ products { stock label } }", 2),
        // modern is entered by sku, a key field clients cannot see.
        new("inaccessible-key-used-internally", "{ products { id price } }", 2),
        // A hidden field is not part of the API: a validation error, no subgraph request.
        new("inaccessible-field-rejected", "{ products { sku } }", 0),
        // Introspection shows neither the hidden field nor the hidden enum value.
        new("inaccessible-hidden-from-introspection", """{ product: __type(name: "Product") { fields { name } } status: __type(name: "Status") { enumValues { name } } }""", 0,
            PeerNote: "Hive Gateway lists Product's fields as id name status price stock label, moving the overridden price after status; "
                + "the supergraph (both composers) and Apollo Gateway order them id name price status stock label. The API schema is the "
                + "supergraph's minus what is inaccessible, so we keep the supergraph's order, as Apollo does."),
    ];

    public static TheoryData<string> Names { get; } = [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Gateways_Should_AnswerWithTheFewestRequests_When_SentTheCase(string name) =>
        SuiteCheck.RunAsync(suite, Cases.Single(c => c.Name == name), output);

    [Fact]
    public void OurComposer_Should_ComposeTheSuite_When_GivenItsSubgraphs() =>
        Assert.True(suite.OurCompositionErrors.Count == 0, string.Join("\n", suite.OurCompositionErrors));

    /// <summary>
    /// The directives introspection lists, compared whole (names, order, descriptions, locations, arguments): our gateway,
    /// over both supergraphs, lists exactly what Apollo Gateway lists, the spec's built-ins as graphql-js 16 has them, and
    /// neither <c>@tag</c> nor the composed <c>@audited</c>. Both belong to linked specs (<c>specs.apollo.dev/tag</c>,
    /// <c>specs.fascicolo.dev/audit</c>), and the API schema leaves out every linked spec's definitions and uses (Apollo's
    /// toAPISchema); <c>@composeDirective</c> keeps a directive in the supergraph, for the gateway and tooling, not in the
    /// API. Hive Gateway 2.15.1 lists the same built-ins plus both; we follow Apollo, whose API schema is the reference of
    /// the link spec. The introspection suite checks the built-ins alone, where all four gateways agree.
    /// </summary>
    [Fact]
    public async Task Introspection_Should_ListWhatApolloLists_When_AskedForTheDirectives()
    {
        var @case = new SuiteCase("directives", "{ __schema { directives { name description locations isRepeatable args { name description type { name kind ofType { name kind } } defaultValue } } } }", 0);
        var lists = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var role in new[] { "apollo", "hive", "ours", "ours-own" })
        {
            var (response, _) = await suite.SendAsync(role, @case);
            lists[role] = response.Body?["data"]?["__schema"]?["directives"]?.AsArray() ?? [];
            output.WriteLine($"{role,-8} {string.Join(' ', NamesOf(lists[role]))}");
        }

        var apollo = lists["apollo"].ToJsonString();
        var problems = new List<string>();
        if (!NamesOf(lists["apollo"]).Contains("include") || NamesOf(lists["apollo"]).Intersect(["tag", "audited"]).Any())
        {
            problems.Add($"apollo no longer lists the built-ins alone ({string.Join(' ', NamesOf(lists["apollo"]))}): update this test's note.");
        }
        foreach (var role in new[] { "ours", "ours-own" })
        {
            if (lists[role].ToJsonString() != apollo)
            {
                problems.Add($"{role} lists {lists[role].ToJsonString()}\n  apollo lists {apollo}");
            }
        }

        var hiveLessTagAndAudited = new JsonArray([.. lists["hive"].Where(d => d?["name"]?.GetValue<string>() is not ("tag" or "audited")).Select(d => d?.DeepClone())]);
        if (!NamesOf(lists["hive"]).Contains("tag") || !NamesOf(lists["hive"]).Contains("audited") || hiveLessTagAndAudited.ToJsonString() != apollo)
        {
            problems.Add($"hive no longer lists Apollo's directives plus @tag and @audited ({lists["hive"].ToJsonString()}): update this test's note.");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Our composer writes what the guild's writes for the suite's federation-only directives: the composed
    /// <c>@audited</c> kept on <c>Product.stock</c> with its definition and link, and <c>@join__field(override: "warehouse")</c>
    /// although warehouse is not composed (Apollo's composition keeps the source too, with a hint); <c>@tag</c> kept in
    /// the supergraph and left out of the API schema.
    /// </summary>
    [Fact]
    public async Task OurComposer_Should_KeepComposedDirectivesAndGoneOverrideSources_When_ComposingTheSuite()
    {
        var guild = await File.ReadAllTextAsync(Path.Combine(suite.Directory, "supergraph.graphql"));
        var ours = await File.ReadAllTextAsync(Path.Combine(suite.Directory, "supergraph.ours.graphql"));
        foreach (var expected in new[] { "override: \"warehouse\"", "@audited(reason: \"stock moved here when warehouse closed\")", "directive @audited(reason: String!) on FIELD_DEFINITION", "https://specs.fascicolo.dev/audit/v1.0" })
        {
            Assert.Contains(expected, guild, StringComparison.Ordinal);
            Assert.Contains(expected, ours, StringComparison.Ordinal);
        }

        // @tag is in both supergraphs (contracts read it) and in neither API schema.
        foreach (var supergraph in new[] { guild, ours })
        {
            Assert.Contains("@tag(name: \"beta\")", supergraph, StringComparison.Ordinal);
            Assert.DoesNotContain("tag", Composition.SupergraphReader.Read(supergraph).ApiSchemaSdl, StringComparison.Ordinal);
        }
    }

    private static List<string> NamesOf(JsonArray directives) => [.. directives.Select(d => d?["name"]?.GetValue<string>() ?? "")];
}
