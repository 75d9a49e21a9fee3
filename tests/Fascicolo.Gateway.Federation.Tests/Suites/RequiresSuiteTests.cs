using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>requires</c> suite's subgraphs and gateways.</summary>
public sealed class RequiresFixture() : SuiteFixture("requires");

/// <summary>
/// <c>@requires</c>: plain, with a nested selection, on a field with arguments, through a union fragment,
/// a chain of requirements, requirements with (conflicting) arguments, a chain that returns to the subgraph
/// it started from; each required field fetched once.
/// </summary>
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
        // A requirement with an argument: products gives weightIn(unit: KILOGRAM), shipping gets it in the representation.
        new("requires-with-argument", "{ products { id freightKg } }", 2),
        // The client's own weightIn (in grams) and the required one (in kilograms) come from one products fetch, apart.
        new("requires-with-argument-and-selected", "{ products { weightIn(unit: GRAM) freightKg } }", 2, PeerNote: ArgumentNote),
        // Two requirements of one field with conflicting arguments: one products fetch gives both values; a
        // representation has one weightIn, so each requiring field has its own shipping fetch. The two start
        // together and go to shipping as one request (two aliased _entities fields), as Hive Gateway sends them.
        new("requires-conflicting-arguments", "{ products { freightKg freightLb } }", 2, PeerNote: ConflictingArgumentsNote),
        // products' total requires shipping's estimate, which requires products' price and weight: products twice, not a cycle.
        new("circular-looking-chain", "{ products { id total } }", 3),
        new("circular-looking-chain-and-insurance", "{ products { total insurance } }", 4),
    ];

    /// <summary>Apollo Gateway sends the client's argument instead of the one the requirement names; Hive Gateway does not, nor do we.</summary>
    private const string ArgumentNote =
        "Apollo Gateway 2.14.4 fetches only the client's weightIn(unit: GRAM) and sends that value as the requirement, so shipping "
        + "answers \"10000 kg\". The federation spec's @requires names a field set, arguments included: the representation must carry "
        + "weightIn(unit: KILOGRAM). Hive Gateway fetches both under aliases and sends the right one, and so do we.";

    /// <summary>Apollo Gateway sends one value for two requirements; Hive Gateway answers right, and so do we.</summary>
    private const string ConflictingArgumentsNote =
        "Apollo Gateway 2.14.4 fetches weightIn(unit: POUND) only and sends it to both fields (freightKg answers \"22 kg\"): wrong "
        + "per the federation spec, each @requires names its own arguments. Hive Gateway 2.15.1 answers right.";

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
