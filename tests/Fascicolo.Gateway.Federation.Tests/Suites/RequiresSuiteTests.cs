using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>requires</c> suite's subgraphs and gateways.</summary>
public sealed class RequiresFixture() : SuiteFixture("requires");

/// <summary><c>@requires</c>: plain, with a nested selection, on a field with arguments, through a union fragment, and a chain of requirements; each required field fetched once.</summary>
public sealed class RequiresSuiteTests(RequiresFixture suite, ITestOutputHelper output) : IClassFixture<RequiresFixture>
{
    private static readonly SuiteCase[] Cases =
    [
        // products (price, weight), then shipping with them in the representation.
        new("plain", "{ products { id shippingEstimate } }", 2),
        // price asked by the client as well as required: still one fetch from products.
        new("required-and-selected", "{ products { price shippingEstimate } }", 2),
        new("nested-selection", "{ products { packaging } }", 2),
        // Arguments of the requiring field go to shipping; the requirement is the same.
        new("field-with-arguments", "{ products { slow: estimate(rush: false) fast: estimate(rush: true) } }", 2),
        new("union-fragment", "{ products { handling } }", 2, PeerNote: FragmentNote),
        // insurance requires shippingEstimate, which requires price and weight: products, shipping, insurance.
        new("chain", "{ products { insurance } }", 3),
        new("chain-and-middle", "{ products { shippingEstimate insurance } }", 3),
        // Two fields of shipping with different requirements share one shipping fetch.
        new("two-requirements-one-fetch", "{ products { shippingEstimate packaging handling } }", 2, PeerNote: FragmentNote),
    ];

    /// <summary>Hive Gateway fails; Apollo Gateway answers, and we follow it.</summary>
    private const string FragmentNote =
        "Hive Gateway 2.15.1 answers \"Unexpected error\" without calling shipping when a @requires selects a field in a type "
        + "condition (details { ... on Fragile { material } }). Apollo Gateway sends details: {} for the Sturdy product: the "
        + "requirement's field set selects nothing on that type, so the representation holds nothing for it, and shipping answers.";

    public static TheoryData<string> Names { get; } = [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Gateways_Should_AnswerWithTheFewestRequests_When_SentTheCase(string name) =>
        SuiteCheck.RunAsync(suite, Cases.Single(c => c.Name == name), output);

    [Fact]
    public void OurComposer_Should_ComposeTheSuite_When_GivenItsSubgraphs() =>
        Assert.True(suite.OurCompositionErrors.Count == 0, string.Join("\n", suite.OurCompositionErrors));
}
