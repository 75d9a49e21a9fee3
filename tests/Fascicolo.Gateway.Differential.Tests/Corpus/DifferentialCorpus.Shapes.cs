namespace Fascicolo.Gateway.Differential.Tests.Corpus;

/// <summary>How the response is shaped: aliases, fragments, variables, operation names, <c>__typename</c>.</summary>
public static partial class DifferentialCorpus
{
    private static DifferentialCase[] Shapes =>
    [
        new("aliases-on-root-fields-with-different-arguments", "{ one: topProducts(first: 1) { id: upc title: name } three: topProducts(first: 3) { upc estimate: shippingEstimate } }"),
        new("aliases-on-entity-fields", "{ me { n1: name n2: name reviews { text: body item: product { stocked: inStock } } } }"),
        new("named-fragments", """
            query { topProducts { ...Priced reviews { ...ReviewParts } } }
            fragment Priced on Product { upc price shippingEstimate }
            fragment ReviewParts on Review { id author { ...Person } }
            fragment Person on User { username name }
            """),
        new("inline-fragments", "{ me { ... on User { id ... on User { name } } } topProducts(first: 2) { ... on Product { upc inStock } ... { name } } }"),
        new("fragments-overlapping-fields", """
            { topProducts(first: 2) { upc ...A ...B } }
            fragment A on Product { name reviews { id } }
            fragment B on Product { name reviews { body } }
            """),
        new("variables-with-defaults-omitted", "query Top($first: Int = 3, $withName: Boolean = true) { topProducts(first: $first) { upc name @include(if: $withName) } }"),
        new("variables-provided", "query Top($first: Int = 3) { topProducts(first: $first) { upc inStock } }") { Variables = """{ "first": 7 }""" },
        new("variables-null-for-nullable-argument-with-default", "query Top($first: Int) { topProducts(first: $first) { upc } }") { Variables = """{ "first": null }""" },
        new("operation-name-picks-one-of-two", "query Users { users { id } } query Products { topProducts { upc } }") { OperationName = "Products" },
        new("typename-at-every-level", "{ __typename me { __typename reviews { __typename product { __typename upc inStock } author { __typename username } } } topProducts(first: 1) { __typename } }"),
        new("typename-only-on-entities", "{ topProducts(first: 2) { __typename reviews { __typename author { __typename } } } }"),
    ];
}
