using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>mutations</c> suite's subgraphs and gateways.</summary>
public sealed class MutationsFixture() : SuiteFixture("mutations");

/// <summary>Mutations: root fields run one after another in document order across subgraphs; consecutive fields of one subgraph may share a request.</summary>
public sealed class MutationsSuiteTests(MutationsFixture suite, ITestOutputHelper output) : IClassFixture<MutationsFixture>
{
    private static readonly SuiteCase[] Cases =
    [
        new("one-field", """mutation { alpha(label: "1") { seq seen } }""", 1),
        // alpha, beta, alpha: three requests in this order (each sees the ones before).
        new("alternating", """mutation { a: alpha(label: "1") { seq } b: beta(label: "2") { seq } c: alpha(label: "3") { seq seen } }""", 3),
        // Two consecutive alpha fields may go in one request, still in order.
        new("consecutive-same-subgraph", """mutation { a: alpha(label: "1") { seq } b: alpha(label: "2") { seq } c: beta(label: "3") { seq seen } }""", 2),
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
