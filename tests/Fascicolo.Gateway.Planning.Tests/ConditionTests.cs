using Fascicolo.Gateway.Planning.Tests.Support;
using GraphQLParser;
using Snapshooter;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class ConditionTests
{
    private const string Query = """
        query ($withReviews: Boolean!, $skipName: Boolean = false) {
          topProducts {
            name @skip(if: $skipName)
            reviews @include(if: $withReviews) { body }
          }
        }
        """;

    [Fact]
    public void Plan_Should_LeaveOutAField_When_SkipIsTrueOrIncludeIsFalseLiterally()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ topProducts { name @skip(if: true) upc @include(if: true) reviews @include(if: false) { body } } }");

        var fetch = Assert.Single(plan.Fetches());
        Assert.Equal("{ topProducts { upc } }", fetch.Document);
        Assert.Equal(["upc"], plan.Shape.FieldsFor("Query")[0].Selection!.FieldsFor("Product").Select(f => f.ResponseKey));
    }

    [Fact]
    public void Plan_Should_GiveTwoPlans_When_AConditionVariableChanges()
    {
        var without = Plans.Plan(BenchmarkSupergraph.Sdl, Query);
        var with = Plans.Plan(BenchmarkSupergraph.Sdl, Query, "withReviews");

        Assert.Equal(["products"], without.Subgraphs());
        Assert.Equal("{ topProducts { name } }", without.Fetches()[0].Document);
        Assert.Equal(["products", "reviews"], with.Subgraphs());
        Assert.Equal("{ topProducts { __typename name upc } }", with.Fetches()[0].Document);
        QueryPlanPrinter.Print(without).MatchSnapshot(new SnapshotNameExtension("without"));
        QueryPlanPrinter.Print(with).MatchSnapshot(new SnapshotNameExtension("with"));
    }

    [Fact]
    public void Plan_Should_SkipFragments_When_TheirConditionIsFalse()
    {
        const string Fragments = """
            query ($on: Boolean!) { me { ...Name @include(if: $on) ... @skip(if: $on) { id } } }
            fragment Name on User { name }
            """;

        Assert.Equal("{ me { name } }", Plans.Plan(BenchmarkSupergraph.Sdl, Fragments, "on").Fetches()[0].Document);
        Assert.Equal("{ me { id } }", Plans.Plan(BenchmarkSupergraph.Sdl, Fragments).Fetches()[0].Document);
    }

    [Fact]
    public void ConditionVariables_Should_ListTheVariablesOfSkipAndInclude_When_UsedInTheOperationAndItsFragments()
    {
        const string Document = """
            query Q($a: Boolean!, $b: Boolean!, $c: Int) { me { name @skip(if: $b) ...F } topProducts(first: $c) { name @include(if: true) } }
            fragment F on User { id @include(if: $a) }
            """;

        var variables = QueryPlanner.ConditionVariables(Parser.Parse(Document), "Q");

        Assert.Equal(["a", "b"], variables);
    }
}
