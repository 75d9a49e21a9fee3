using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>keys</c> suite's subgraphs and gateways.</summary>
public sealed class KeysFixture() : SuiteFixture("keys");

/// <summary>
/// <c>@key</c>: several keys on one type, a composite key, a nested key, a non-resolvable
/// reference, and entities that are not fetched (null references, null key fields).
/// </summary>
public sealed class KeysSuiteTests(KeysFixture suite, ITestOutputHelper output) : IClassFixture<KeysFixture>
{
    private static readonly SuiteCase[] Cases =
    [
        // products, then inventory by the composite key "sku package" read from products.
        new("composite-key", "{ products { id name inStock } }", 2),
        // products, then pricing by upc; the product whose upc is null is not sent (its price is null).
        new("nullable-key-field", "{ products { name price } }", 2, PeerNote: NullKeyNote),
        // reviews; products by id (the reference is not resolvable in reviews); inventory by sku and package. The null product is not fetched.
        new("key-chain", "{ reviews { body product { name inStock } } }", 3),
        // accounts, then reviews by the nested key "id organization { id }".
        new("nested-key", "{ me { name reviews { body } } }", 2),
        // reviews, then accounts by the nested key, both users in one batch.
        new("nested-key-batch", "{ reviews { author { name organization { id } } } }", 2),
        // The key field of a non-resolvable reference is answered by the subgraph holding the reference.
        new("unresolvable-reference", "{ reviews { product { id } } }", 1),
        // Every key field of the root subgraph's own entity: nothing to fetch elsewhere.
        new("key-fields-only", """{ product(id: "3") { id sku package upc } }""", 1),
        // Three subgraphs entered from products, each by its own key, in parallel.
        new("several-keys", "{ products { upc inStock price } }", 3, PeerNote: NullKeyNote),
    ];

    /// <summary>Hive Gateway and Apollo Gateway disagree; we follow Hive.</summary>
    private const string NullKeyNote =
        "Apollo Gateway sends the representation {__typename: Product, upc: null} and loses the whole batch to the subgraph's error; "
        + "Hive Gateway leaves that object out. A key identifies an entity by its fields' values (federation spec, @key): a null key "
        + "identifies none, so there is nothing to fetch and the field is null, as Hive answers.";

    public static TheoryData<string> Names { get; } = [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Gateways_Should_AnswerWithTheFewestRequests_When_SentTheCase(string name) =>
        SuiteCheck.RunAsync(suite, Cases.Single(c => c.Name == name), output);

    [Fact]
    public void OurComposer_Should_ComposeTheSuite_When_GivenItsSubgraphs() =>
        Assert.True(suite.OurCompositionErrors.Count == 0, string.Join("\n", suite.OurCompositionErrors));
}
