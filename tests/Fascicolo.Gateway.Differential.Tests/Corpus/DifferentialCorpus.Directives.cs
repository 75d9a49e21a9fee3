namespace Fascicolo.Gateway.Differential.Tests.Corpus;

/// <summary><c>@skip</c> and <c>@include</c>, literal and variable, on local and entity fields.</summary>
public static partial class DifferentialCorpus
{
    private static DifferentialCase[] Directives =>
    [
        new("skip-include-literals", "{ me { id name @skip(if: true) username @include(if: false) reviews @include(if: true) { id } } }"),
        new("skip-include-variables", "query ($withReviews: Boolean!, $skipPrice: Boolean = true) { topProducts { upc price @skip(if: $skipPrice) reviews @include(if: $withReviews) { id } } }") { Variables = """{ "withReviews": true }""" },
        new("skip-on-fields-behind-entity-hops", "query ($skip: Boolean!) { topProducts(first: 3) { upc inStock @skip(if: $skip) shippingEstimate reviews @skip(if: $skip) { id } } }") { Variables = """{ "skip": true }""" },
        new("include-on-fragments", "query ($more: Boolean!) { me { id ... on User @include(if: $more) { reviews { id } } ...Names @skip(if: $more) } } fragment Names on User { name }") { Variables = """{ "more": true }""" },
    ];
}
