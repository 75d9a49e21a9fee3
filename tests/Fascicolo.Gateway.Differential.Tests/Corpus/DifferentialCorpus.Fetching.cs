namespace Fascicolo.Gateway.Differential.Tests.Corpus;

/// <summary>Root fields of each subgraph and entity hops between them.</summary>
public static partial class DifferentialCorpus
{
    private static DifferentialCase[] RootFields =>
    [
        new("accounts-me", "{ me { id name username birthday } }"),
        new("accounts-users", "{ users { id name } }"),
        new("products-top-products-default", "{ topProducts { upc name price weight } }"),
        new("products-top-products-argument", "{ topProducts(first: 2) { upc name } }"),
        new("two-subgraphs-root-fields", "{ me { name } topProducts(first: 1) { name } }"),
    ];

    private static DifferentialCase[] EntityHops =>
    [
        new("hop-products-to-reviews", "{ topProducts { upc reviews { id body } } }"),
        new("hop-accounts-to-reviews-to-products", "{ users { id reviews { id product { upc name price } } } }"),
        new("hop-accounts-reviews-products-reviews-accounts", "{ me { reviews { product { name reviews { author { name birthday } } } } } }"),
        new("hop-empty-lists", "{ topProducts(first: 9) { upc reviews { id } } users { id reviews { id } } }"),
        new("requires-shipping-estimate", "{ topProducts(first: 8) { upc shippingEstimate } }"),
        new("requires-with-the-required-fields-selected", "{ topProducts { name price weight shippingEstimate inStock } }"),
        new("requires-behind-two-hops", "{ me { reviews { product { upc shippingEstimate } } } }"),
        new("provides-username-from-reviews", "{ topProducts { reviews { author { username } } } }"),
        new("provides-not-name", "{ topProducts { reviews { author { name } } } }"),
        new("provides-and-more", "{ topProducts(first: 3) { reviews { author { id username name reviews { id } } } } }"),
        new("benchmark-query", BenchmarkQuery.Text) { OperationName = "TestQuery" },
    ];
}
