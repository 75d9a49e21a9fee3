namespace Fascicolo.Gateway.Differential.Tests.Corpus;

/// <summary>
/// Documents the gateway refuses before planning: syntax errors, each commonly met validation rule, and
/// variable values that cannot be coerced. The messages must read as graphql-js's (both peers use it).
/// </summary>
public static partial class DifferentialCorpus
{
    private static DifferentialCase[] Syntax =>
    [
        new("syntax-unexpected-closing-brace", "{ me { id } } }", ExpectsErrors: true),
        new("syntax-unexpected-character", "{ me { id % } }", ExpectsErrors: true),
        new("syntax-unterminated-string", "{ topProducts(first: \"3) { upc } }", ExpectsErrors: true),
        new("syntax-invalid-number", "{ topProducts(first: 1.) { upc } }", ExpectsErrors: true),
        new("syntax-expected-colon", "query ($first Int) { topProducts(first: $first) { upc } }", ExpectsErrors: true),
        new("syntax-variable-in-default-value", "query ($first: Int = $other) { topProducts(first: $first) { upc } }", ExpectsErrors: true),
    ];

    private static DifferentialCase[] Validation =>
    [
        new("validation-unknown-fields-with-suggestions", "{ topProducts { upc nme prise } }", ExpectsErrors: true),
        new("validation-unknown-argument-with-suggestion", "{ topProducts(frist: 2) { upc } }", ExpectsErrors: true),
        new("validation-selection-on-a-scalar", "{ me { name { first } } }", ExpectsErrors: true),
        new("validation-no-selection-on-an-object", "{ me }", ExpectsErrors: true),
        new("validation-unknown-type", "query ($first: Inte) { topProducts(first: $first) { upc } }", ExpectsErrors: true),
        new("validation-unknown-fragment", "{ me { ...Missing } }", ExpectsErrors: true),
        new("validation-unused-fragment", "{ me { id } } fragment Unused on User { name }", ExpectsErrors: true),
        new("validation-unused-variable", "query Top($unused: Int) { topProducts { upc } }", ExpectsErrors: true),
        new("validation-undefined-variable", "query Top { topProducts(first: $first) { upc } }", ExpectsErrors: true),
        new("validation-fragment-on-a-scalar", "{ me { ... on String { id } } }", ExpectsErrors: true),
        new("validation-impossible-fragment-spread", "{ me { ... on Product { upc } } }", ExpectsErrors: true),
        new("validation-variable-in-a-wrong-position", "query ($first: String) { topProducts(first: $first) { upc } }", ExpectsErrors: true),
        new("validation-overlapping-fields", "{ me { a: id a: name } }", ExpectsErrors: true),
        new("validation-overlapping-subfields", "{ me { x: reviews { a: body } x: reviews { a: id } } }", ExpectsErrors: true),
        new("validation-lone-anonymous-operation", "{ me { id } } query Named { me { name } }", ExpectsErrors: true),
        new("validation-duplicate-operation-names", "query Twice { me { id } } query Twice { me { name } }", ExpectsErrors: true) { OperationName = "Twice" },
        new("validation-unknown-directive", "{ me @cached { id } }", ExpectsErrors: true),
        new("validation-misplaced-directive", "query @skip(if: true) { me { id } }", ExpectsErrors: true),
        new("validation-missing-directive-argument", "{ me @include { id } }", ExpectsErrors: true),
        new("validation-string-literal-for-int", "{ topProducts(first: \"three\") { upc } }", ExpectsErrors: true),
        new("validation-int-literal-out-of-range", "{ topProducts(first: 99999999999) { upc } }", ExpectsErrors: true),
        new("validation-wrong-default-value", "query ($first: Int = 1.5) { topProducts(first: $first) { upc } }", ExpectsErrors: true),
        new("validation-duplicate-argument", "{ topProducts(first: 1, first: 2) { upc } }", ExpectsErrors: true),
        new("validation-fragment-cycle", "{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }", ExpectsErrors: true),
        new("validation-type-definition-in-a-request", "type Extra { a: Int } { me { id } }", ExpectsErrors: true),
    ];

    private static DifferentialCase[] VariableValues =>
    [
        new("variables-float-for-int", "query ($first: Int) { topProducts(first: $first) { upc } }", ExpectsErrors: true) { Variables = """{ "first": 2.5 }""" },
        new("variables-int-out-of-range", "query ($first: Int) { topProducts(first: $first) { upc } }", ExpectsErrors: true) { Variables = """{ "first": 3000000000 }""" },
        new("variables-null-for-non-null", "query ($first: Int!) { topProducts(first: $first) { upc } }", ExpectsErrors: true) { Variables = """{ "first": null }""" },
        new("variables-list-for-int", "query ($first: Int) { topProducts(first: $first) { upc } }", ExpectsErrors: true) { Variables = """{ "first": [1, 2] }""" },
        new("variables-object-for-int", "query ($first: Int) { topProducts(first: $first) { upc } }", ExpectsErrors: true) { Variables = """{ "first": { "count": 1 } }""" },
        new("variables-string-for-boolean", "query ($skip: Boolean!) { me @skip(if: $skip) { id } }", ExpectsErrors: true) { Variables = """{ "skip": "yes" }""" },
        new("variables-two-missing", "query ($first: Int!, $skip: Boolean!) { topProducts(first: $first) { upc } me @skip(if: $skip) { id } }", ExpectsErrors: true),
    ];
}
