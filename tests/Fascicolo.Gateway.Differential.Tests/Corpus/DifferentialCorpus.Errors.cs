namespace Fascicolo.Gateway.Differential.Tests.Corpus;

/// <summary>Errors: from subgraph fields, from a subgraph that is down, and from validation.</summary>
public static partial class DifferentialCorpus
{
    private static DifferentialCase[] Errors =>
    [
        // products throws for a negative count: the root field is null, the other root field survives.
        new("field-error-on-a-root-field", "{ topProducts(first: -1) { upc } me { name } }", ExpectsErrors: true),
        // inventory cannot tell product 9's stock: the error comes back through _entities, its path must point into the list.
        new("field-error-behind-an-entity-hop", "{ topProducts(first: 9) { upc name inStock } }", ExpectsErrors: true),
        new("subgraph-down-partial-data", "{ topProducts { upc name inStock } }", ExpectsErrors: true) { DownSubgraph = "inventory" },
        new("validation-unknown-field", "{ me { id nickname } }", ExpectsErrors: true),
        new("validation-unknown-argument", "{ topProducts(last: 2) { upc } }", ExpectsErrors: true),
        new("validation-missing-required-variable", "query ($first: Int!) { topProducts(first: $first) { upc } }", ExpectsErrors: true),
        new("validation-wrong-variable-type", "query ($first: Int) { topProducts(first: $first) { upc } }", ExpectsErrors: true) { Variables = """{ "first": "three" }""" },
        new("syntax-error", "{ me { id ", ExpectsErrors: true),
    ];
}
