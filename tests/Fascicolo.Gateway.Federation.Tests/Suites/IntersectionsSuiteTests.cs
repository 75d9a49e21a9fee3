using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>intersections</c> suite's subgraphs and gateways.</summary>
public sealed class IntersectionsFixture() : SuiteFixture("intersections");

/// <summary>
/// Enum and input-object intersections across subgraphs (what the API schema keeps, and values sent
/// and returned), and <c>@inaccessible</c> on enum values, arguments and input fields.
/// </summary>
public sealed class IntersectionsSuiteTests(IntersectionsFixture suite, ITestOutputHelper output) : IClassFixture<IntersectionsFixture>
{
    private static readonly SuiteCase[] Cases =
    [
        // An input-only enum keeps the values every subgraph has: RED and GREEN, not YELLOW.
        new("input-enum-values", """{ __type(name: "Color") { enumValues { name } } }""", 0),
        // An output-only enum keeps them all, less the inaccessible HIDDEN.
        new("output-enum-values", """{ __type(name: "Status") { enumValues { name } } }""", 0),
        // An input object keeps the fields every subgraph has (and not the inaccessible secret).
        new("input-object-fields", """{ __type(name: "ItemFilter") { inputFields { name } } }""", 0),
        // The inaccessible argument is not in the API schema.
        new("inaccessible-argument-hidden", """{ __schema { queryType { fields { name args { name } } } } }""", 0),
        // A value of the intersection, sent to either subgraph in the client's input object.
        new("input-object-value", """{ items(filter: { color: RED }) { id stock } stocked(filter: { color: GREEN }) }""", 3),
        new("input-enum-variable", """query($c: Color!) { paint(color: $c) }""", 1, Variables: new() { ["c"] = "GREEN" }),
        // A shared output enum, whichever subgraph answers it.
        new("output-enum-value", """{ items { id status } }""", 1),
        // A subgraph returns the inaccessible HIDDEN (still a value inside the graph): the API schema has no such value,
        // so no client sees it. At a nullable position (a field, a list item) it becomes null, without an error, as
        // both peers write it; at a non-null position the null propagates with an error.
        new("inaccessible-enum-value-nullable", """{ archived { id lastStatus } }""", 1),
        new("inaccessible-enum-value-in-list", """{ archived { id history } }""", 1),
        // The same from an entity fetch: warehouse lists the items, catalog gives their last status.
        new("inaccessible-enum-value-from-entity", """{ restock { id lastStatus } }""", 2),
        new("inaccessible-enum-value-non-null", """{ archived { id status } }""", 1, PeerNote: HiddenValueNote),
        new("inaccessible-enum-value-non-null-item", """{ archived { id flags } }""", 1, PeerNote: HiddenValueNote),
    ];

    /// <summary>Apollo Gateway nulls a hidden value at a non-null position without an error; Hive Gateway reports one, and so do we.</summary>
    private const string HiddenValueNote =
        "Apollo Gateway 2.14.4 nulls the nearest nullable ancestor of a non-null field holding an @inaccessible enum value without "
        + "any error; Hive Gateway 2.15.1 nulls it too, with an error at the field (\"Unexpected error.\", INTERNAL_SERVER_ERROR). "
        + "The GraphQL spec (CompleteValue, then Handling Field Errors) makes a value the schema's enum cannot represent a field "
        + "error, and null reaching a non-null position is reported, so we report it as Hive does.";

    public static TheoryData<string> Names { get; } = [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Gateways_Should_AnswerWithTheFewestRequests_When_SentTheCase(string name) =>
        SuiteCheck.RunAsync(suite, Cases.Single(c => c.Name == name), output);

    [Fact]
    public void OurComposer_Should_ComposeTheSuite_When_GivenItsSubgraphs() =>
        Assert.True(suite.OurCompositionErrors.Count == 0, string.Join("\n", suite.OurCompositionErrors));
}
