using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>provides</c> suite's subgraphs and gateways.</summary>
public sealed class ProvidesFixture() : SuiteFixture("provides");

/// <summary>
/// <c>@external</c> + <c>@provides</c>: provided fields are read from the providing subgraph, also nested,
/// through an interface's fragment (nested too) and on a union's members; fields not provided are fetched.
/// </summary>
public sealed class ProvidesSuiteTests(ProvidesFixture suite, ITestOutputHelper output) : IClassFixture<ProvidesFixture>
{
    private static readonly SuiteCase[] Cases =
    [
        // The author's username comes with the review.
        new("provided-field", "{ reviews { body author { username } } }", 1),
        // The editor is not provided: accounts gives the username.
        new("not-provided-path", "{ reviews { editor { username } } }", 2),
        // username provided, name not: one hop to accounts for name only.
        new("provided-and-not", "{ reviews { author { username name } } }", 2),
        // A nested provide: the product's name and its vendor's name come with the shipment.
        new("nested-provides", "{ shipments { product { name vendor { name } } } }", 1),
        // The vendor's country is not provided: products by Vendor key (its id is known in inventory).
        new("nested-provides-and-not", "{ shipments { product { vendor { name country } } } }", 2),
        // A provide through an interface fragment: Book.isbn comes with the list.
        new("provides-on-interface", "{ stocked { id ... on Book { isbn } } }", 1),
        // The furniture's name is not provided on this path: products for those items.
        new("provides-on-interface-and-not", "{ stocked { ... on Book { isbn } ... on Furniture { name } } }", 2),
        // A provide on a union: each member's provided field comes with the list.
        new("provides-on-union", "{ listings { __typename ... on Book { isbn } ... on Furniture { name } } }", 1),
        // A book's name is not provided (inventory's Book has none): products for the books only.
        new("provides-on-union-and-not", "{ listings { ... on Book { isbn name } ... on Furniture { name } } }", 2),
        // The same field provided on one path and not on the other, in one operation: products for the stocked furniture only.
        new("provided-on-one-path-only", "{ listings { ... on Furniture { name } } stocked { ... on Furniture { name } } }", 2),
        // A nested field the union's provide does not name: products for the furniture's vendor.
        new("provides-on-union-nested-not", "{ listings { ... on Furniture { name vendor { name } } } }", 2),
        // A nested provide inside an interface's fragment, on a field of an entity: the furniture's vendor name comes along.
        new("nested-provides-on-interface", "{ deliveries { id item { id ... on Furniture { name vendor { name } } ... on Book { isbn } } } }", 1),
        // The vendor's country is not provided: products by Vendor key, for the furniture's vendor only.
        new("nested-provides-on-interface-and-not", "{ deliveries { item { ... on Furniture { vendor { name country } } } } }", 2),
        // The interface's name: provided for Furniture, not for Book, so it splits by type; products for the book.
        new("interface-field-partly-provided", "{ deliveries { item { __typename name } } }", 2),
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
