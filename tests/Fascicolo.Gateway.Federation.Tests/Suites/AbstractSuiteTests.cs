using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>abstract</c> suite's subgraphs and gateways.</summary>
public sealed class AbstractFixture() : SuiteFixture("abstract");

/// <summary>
/// Interfaces and unions across subgraphs: an entity interface with <c>@interfaceObject</c> (plain, with
/// <c>@requires</c>, with <c>@provides</c>, returned at the root and nested), <c>__typename</c> of an
/// interface object, a union, and a union whose members live in different subgraphs.
/// </summary>
public sealed class AbstractSuiteTests(AbstractFixture suite, ITestOutputHelper output) : IClassFixture<AbstractFixture>
{
    private static readonly SuiteCase[] Cases =
    [
        new("interface-local", "{ media { __typename id title } }", 1),
        // media, then ratings through the interface object (representations typed Media).
        new("interface-object-field", "{ media { title rating } }", 2, PeerNote: InterfaceObjectNote),
        // ratings alone: nothing but its own fields (it answers __typename "Media", and no runtime type is needed).
        new("interface-object-root", "{ topRated { id rating } }", 1),
        // ratings knows only Media: the concrete type comes from media, entered by the interface's key.
        new("interface-object-typename", "{ topRated { __typename id } }", 2),
        new("interface-object-fragments", "{ topRated { rating title ... on Book { author } ... on Movie { director } } }", 2),
        // reviews requires the title, which media has: media, then reviews.
        new("interface-object-requires", "{ media { blurb } }", 2, PeerNote: InterfaceObjectNote),
        // ratings, then media (title, and the runtime type reviews' representations are built by), then reviews.
        new("interface-object-requires-chain", "{ topRated { blurb } }", 3),
        // Nested: Media.similar returns the interface object too, still from ratings alone.
        new("interface-object-nested", "{ topRated { id similar { id rating } } }", 1),
        // media, ratings for similar, media again for the runtime type of the similar ones.
        new("interface-object-nested-typename", "{ media { id similar { __typename ... on Movie { director } } } }", 3, PeerNote: RuntimeTypeNote),
        // @provides on a field returning the interface object: the title comes with it.
        new("interface-object-provided", "{ editorsPick { title } }", 1, PeerNote: RuntimeTypeNote),
        // picks, then ratings entered directly by the interface's key: no runtime type is needed.
        new("interface-object-provides", "{ editorsPick { title rating } }", 2, PeerNote: RuntimeTypeNote),
        new("interface-object-provides-and-typename", "{ editorsPick { __typename title } }", 2, PeerNote: RuntimeTypeNote),
        // Not provided on this path: media for the title.
        new("interface-object-not-provided", "{ topRated { title } }", 2),
        // Indirect: Book's price lives in shop, which knows no Media: ratings, media (runtime type), shop.
        new("interface-object-to-implementation-subgraph", "{ topRated { ... on Book { price } } }", 3, PeerNote: RuntimeTypeNote),
        // The other way: shop's Book, rated by ratings through the interface object.
        new("implementation-to-interface-object", "{ catalog { ... on Book { rating } } }", 2, PeerNote: InterfaceObjectNote),
        // A union of media entities, with the ratings of the books.
        new("union-with-interface-object", "{ search { __typename ... on Book { title rating } ... on Movie { director } } }", 2, PeerNote: InterfaceObjectNote),
        // A union whose members live in different subgraphs: shop, then media for the books' titles.
        new("union-across-subgraphs", "{ catalog { __typename ... on Book { title price } ... on Gadget { name } } }", 2),
        // Only the books go to shop.
        new("fragment-on-implementation", "{ media { id ... on Book { price } } }", 2),
    ];

    /// <summary>Hive Gateway fails; Apollo Gateway answers, and we follow it.</summary>
    private const string InterfaceObjectNote =
        "Hive Gateway 2.15.1 answers \"Unexpected error\" for a field an @interfaceObject adds, reached from the implementations; "
        + "Apollo Gateway answers. Per the federation spec an "
        + "@interfaceObject subgraph resolves representations whose __typename is the interface, which is what Apollo and we send.";

    /// <summary>Hive Gateway fails past an interface object; Apollo Gateway answers, and we follow it.</summary>
    private const string RuntimeTypeNote =
        "Hive Gateway 2.15.1 answers \"Unexpected error\" when it must go on from objects an @interfaceObject returned "
        + "(to their runtime type, to the implementation's subgraph, or past a @provides on such a field); Apollo Gateway answers. "
        + "Per the federation spec the runtime type comes from a subgraph holding the interface as an entity interface, "
        + "entered with representations naming the interface, which is what Apollo and we do.";

    public static TheoryData<string> Names { get; } = [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Gateways_Should_AnswerWithTheFewestRequests_When_SentTheCase(string name) =>
        SuiteCheck.RunAsync(suite, Cases.Single(c => c.Name == name), output);

    [Fact]
    public void OurComposer_Should_ComposeTheSuite_When_GivenItsSubgraphs() =>
        Assert.True(suite.OurCompositionErrors.Count == 0, string.Join("\n", suite.OurCompositionErrors));
}
