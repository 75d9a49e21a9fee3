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
}
