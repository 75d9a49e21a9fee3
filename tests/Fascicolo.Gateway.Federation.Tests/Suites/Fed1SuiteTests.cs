using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>fed1</c> suite's subgraphs and gateways.</summary>
public sealed class Fed1Fixture() : SuiteFixture("fed1");

/// <summary>Federation 1 supergraphs: <c>extend type</c>, <c>@extends</c>, <c>@external</c> key fields, <c>@provides</c> and <c>@requires</c> in their Federation 1 forms.</summary>
public sealed class Fed1SuiteTests(Fed1Fixture suite, ITestOutputHelper output) : IClassFixture<Fed1Fixture>
{
    private static readonly SuiteCase[] Cases =
    [
        new("extend-type", "{ me { name reviews { body } } }", 2),
        // The author's username is provided by reviews.
        new("provides", "{ reviews { author { username } } }", 1),
        new("provides-and-not", "{ reviews { author { username name } } }", 2),
        // @extends with @requires: reviews needs the weight from products.
        new("extends-requires", "{ topProducts { name shipping reviews { body } } }", 2),
        new("entity-chain", "{ reviews { product { name shipping } } }", 3),
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
