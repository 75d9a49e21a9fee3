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
        // Not covered: a subgraph returning the inaccessible HIDDEN. Hive Gateway nulls the field with an error (the
        // GraphQL spec's result coercion against the API schema), Apollo Gateway answers {"data":null} with no error,
        // and our gateway passes HIDDEN through: a known gap of our response writer.
        new("output-enum-value", """{ items { id status } }""", 1),
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
