using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>shareable</c> suite's subgraphs and gateways.</summary>
public sealed class ShareableFixture() : SuiteFixture("shareable");

/// <summary><c>@shareable</c>: the gateway resolves a shared field in the subgraph it is already in, picks the shared root field that avoids a fetch, and fetches no field twice.</summary>
public sealed class ShareableSuiteTests(ShareableFixture suite, ITestOutputHelper output) : IClassFixture<ShareableFixture>
{
    private static readonly SuiteCase[] Cases =
    [
        // search answers the shared name itself: no hop for it.
        new("local-shared-field", """{ search(text: "*") { name tags } }""", 1),
        // search, then catalog for description only; name stays in search.
        new("shared-field-and-other", """{ search(text: "t") { name description } }""", 2),
        // products answers name and price; catalog description: one hop, name and price not fetched twice.
        new("shared-fields-with-hop", "{ products { name price { amount currency } description } }", 2),
        // The shared root field from the subgraph that also holds the rest: products for price, catalog for description.
        new("shared-root-products", "{ topProduct { name price { amount } } }", 1),
        new("shared-root-catalog", "{ topProduct { name description } }", 1),
        // Both subgraphs hold topProduct and price; tags are only in search: one hop from either.
        new("shared-root-with-hop", "{ topProduct { price { currency } tags } }", 2),
        // featured is in all three subgraphs: each selection goes to the one holding all of it.
        new("shared-root-three-products", "{ featured { name price { amount } } }", 1),
        new("shared-root-three-catalog", "{ featured { name description } }", 1),
        new("shared-root-three-search", "{ featured { name tags } }", 1),
        // No subgraph holds both: one of the two, then the other by key.
        new("shared-root-three-with-hop", "{ featured { description tags } }", 2),
        // search is asked anyway for search: featured joins that fetch.
        new("shared-root-three-joins-a-root-fetch", """{ search(text: "t") { name } featured { tags } }""", 1),
        // One subgraph (catalog) reached at two paths of one products fetch: one entity fetch per path, started
        // together and sent as one catalog request (two aliased _entities fields), as Hive Gateway does. Apollo
        // Gateway sends them apart (three requests), which the check allows.
        new("one-subgraph-two-paths", "{ products { description } cheap { description } }", 2),
        // Reached twice at one path (a leaf and a field with a nested selection): one entity fetch.
        new("one-subgraph-one-path", "{ products { price { amount } description } cheap { name } }", 2),
    ];

    public static TheoryData<string> Names { get; } = [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Gateways_Should_AnswerWithTheFewestRequests_When_SentTheCase(string name) =>
        SuiteCheck.RunAsync(suite, Cases.Single(c => c.Name == name), output);

    [Fact]
    public void OurComposer_Should_ComposeTheSuite_When_GivenItsSubgraphs() =>
        Assert.True(suite.OurCompositionErrors.Count == 0, string.Join("\n", suite.OurCompositionErrors));
}
