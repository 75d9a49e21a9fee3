using Fascicolo.Gateway.Planning.Tests.Support;
using GraphQLParser;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Planning.Tests;

public class FetchDocumentTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "benchmark", BenchmarkSupergraph.Query },
        { "benchmark", "query ($n: Int = 2, $s: Boolean = true) { topProducts(first: $n) { name @skip(if: $s) shippingEstimate reviews { author { username name } } } me { id: name reviews { body } } }" },
        { "catalog", """{ search(text: "a \"quoted\"\n text") { ... on Book { title rating } ... on Movie { rating } } media { id title } matrix { rating } }""" },
        { "catalog", """{ node(id: "1") { ... on Media { title } ... on Book { rating pages } } }""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plan_Should_WriteValidDeterministicDocuments_When_PlanningTheSameOperationTwice(string graph, string query)
    {
        var sdl = graph == "benchmark" ? BenchmarkSupergraph.Sdl : CatalogSupergraph.Sdl;

        var first = Plans.Plan(sdl, query);
        var second = Plans.Plan(sdl, query);

        Assert.Equal(QueryPlanPrinter.Print(first), QueryPlanPrinter.Print(second));
        var fetches = first.Fetches();
        Assert.Equal(fetches.Count, fetches.Select(f => f.Id).Distinct().Count());
        foreach (var fetch in fetches)
        {
            var document = Parser.Parse(fetch.Document);
            var operation = Assert.Single(document.Definitions.OfType<GraphQLOperationDefinition>());
            var declared = operation.Variables?.Items.Select(v => v.Variable.Name.StringValue).ToList() ?? [];
            var expected = fetch.Representation is null ? fetch.Variables : ["representations", .. fetch.Variables];
            Assert.Equal(expected, declared);
        }
    }

    [Fact]
    public void Plan_Should_PlanTheNamedOperation_When_TheDocumentHasSeveral()
    {
        var planner = Plans.PlannerFor(BenchmarkSupergraph.Sdl);

        var plan = planner.Plan(Parser.Parse("query A { me { id } } query B { topProducts { upc } }"), "B", new HashSet<string>());

        Assert.Equal("query B__products__0 { topProducts { upc } }", Assert.Single(plan.Fetches()).Document);
    }
}
