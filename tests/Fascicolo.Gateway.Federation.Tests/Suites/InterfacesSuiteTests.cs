using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>interfaces</c> suite's subgraphs and gateways.</summary>
public sealed class InterfacesFixture() : SuiteFixture("interfaces");

/// <summary>
/// Interfaces and unions spread over subgraphs, second part: an entity interface whose implementations'
/// fields live in other subgraphs, a child-type mismatch between subgraphs, a partial union, abstract types
/// inside entity fetches, and a circular reference through an interface.
/// </summary>
public sealed class InterfacesSuiteTests(InterfacesFixture suite, ITestOutputHelper output) : IClassFixture<InterfacesFixture>
{
    private static readonly SuiteCase[] Cases =
    [
        // catalog lists the items; books and pens, side by side, give each implementation's own fields.
        new("implementations-in-other-subgraphs", "{ items { id title ... on Book { isbn } ... on Pen { ink } } }", 3),
        // Only the pens leave catalog.
        new("one-implementation-elsewhere", "{ items { ... on Pen { ink } } }", 2),
        // store's similar is a Book (catalog's an Item): store answers it, its runtime type is Book; books for the isbn.
        new("child-type-mismatch", "{ bestseller { similar { __typename id ... on Book { isbn } } } }", 2),
        // store alone: the runtime type is store's type, although the supergraph's is the interface.
        new("child-type-mismatch-alone", "{ bestseller { similar { __typename id ... on Pen { ink } } } }", 1),
        // A field of the interface on store's narrower type: catalog by Book's key.
        new("child-type-mismatch-interface-field", "{ bestseller { similar { title } } }", 2),
        // store's Result has Book only: the Pen fragment cannot apply to what store returns.
        new("partial-union", "{ storeSearch { __typename ... on Book { id } ... on Pen { ink } } }", 1),
        // A union and an interface intersecting (every Result is an Item): the interface's fields through the union, from catalog.
        new("union-interface-intersection", "{ search { __typename ... on Item { id title } } }", 1),
        // The same through store's partial union: store knows no Item, catalog gives the title by Book's key.
        new("union-interface-intersection-elsewhere", "{ storeSearch { ... on Item { id title } } }", 2),
        // The union inside owners' answer: catalog for the books' titles, pens for the inks.
        new("union-in-entity-fetch", "{ people { name belongings { __typename ... on Book { title } ... on Pen { ink } } } }", 3),
        // catalog, books (the author), owners (the author's favourite, an interface object), catalog (its type and title).
        new("interface-in-entity-fetch", "{ items { ... on Book { author { name favourite { __typename title } } } } }", 4),
        // catalog, owners (owners, their favourite and its owners, by the interface's key), catalog (the favourites' titles).
        new("circular-through-interface", "{ items { title owners { name favourite { title owners { name } } } } }", 3, PeerNote: InterfaceObjectNote),
        // owners all the way round, then catalog for the runtime type of the innermost favourites, then pens.
        new("circular-through-interface-to-implementation", "{ people { favourite { owners { favourite { ... on Pen { ink } } } } } }", 3),
    ];

    /// <summary>Hive Gateway fails; Apollo Gateway answers, and we follow it.</summary>
    private const string InterfaceObjectNote =
        "Hive Gateway 2.15.1 answers \"Unexpected error.\" at items.0.owners without asking owners: it cannot enter an "
        + "@interfaceObject subgraph from the entity interface's implementations here. Apollo Gateway answers. Per the federation "
        + "spec owners resolves representations whose __typename is the interface (Item), which is what Apollo and we send.";

    public static TheoryData<string> Names { get; } = [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Gateways_Should_AnswerWithTheFewestRequests_When_SentTheCase(string name) =>
        SuiteCheck.RunAsync(suite, Cases.Single(c => c.Name == name), output);

    [Fact]
    public void OurComposer_Should_ComposeTheSuite_When_GivenItsSubgraphs() =>
        Assert.True(suite.OurCompositionErrors.Count == 0, string.Join("\n", suite.OurCompositionErrors));
}
