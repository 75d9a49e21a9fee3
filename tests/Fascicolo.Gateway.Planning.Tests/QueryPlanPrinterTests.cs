using System.Runtime.CompilerServices;
using Fascicolo.Gateway.Planning.Tests.Support;

namespace Fascicolo.Gateway.Planning.Tests;

public class QueryPlanPrinterTests
{
    [Fact]
    public void Print_Should_HaveAnArmForEveryNodeKind_When_ANodeKindIsAdded()
    {
        // C# cannot prove the printer's switch exhaustive over PlanNode; this test does. An empty
        // instance of each kind reaches its arm (which may then fail on missing data), never the end
        // of the switch.
        var kinds = typeof(PlanNode).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PlanNode)) && !t.IsAbstract).ToList();
        Assert.Equal(4, kinds.Count);
        foreach (var kind in kinds)
        {
            var node = (PlanNode)RuntimeHelpers.GetUninitializedObject(kind);
            var error = Record.Exception(() => QueryPlanPrinter.Print(node));
            Assert.False(error is SwitchExpressionException, $"{kind.Name} has no arm in QueryPlanPrinter.");
        }
    }

    [Fact]
    public void Print_Should_WriteAnEmptyPlan_When_NothingIsFetched()
    {
        var text = QueryPlanPrinter.Print(Plans.Plan(BenchmarkSupergraph.Sdl, "{ __typename }"));

        Assert.Equal("QueryPlan {}\nShape(Query) {\n  __typename: String!\n}\n", text);
    }

    [Fact]
    public void Print_Should_WriteTypeConditionsAfterTheirSegment_When_APathNarrowsTypes()
    {
        var text = QueryPlanPrinter.Print(Plans.Plan(CatalogSupergraph.Sdl, "{ media { ... on Book { rating } } }"));

        Assert.Contains("Flatten(path: \"media.@|[Book]\")", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_Should_WriteFieldsReadFromAliases_When_ARepresentationUsesOne()
    {
        var text = QueryPlanPrinter.Print(Plans.Plan(BenchmarkSupergraph.Sdl, "{ me { id: name reviews { body } } }"));

        Assert.Contains("{ ... on User { __typename id: __fk0_id } } =>", text, StringComparison.Ordinal);
        Assert.Contains("id = name: String", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_Should_ThrowArgumentNull_When_GivenNull() =>
        Assert.Throws<ArgumentNullException>(() => QueryPlanPrinter.Print((QueryPlan)null!));

}
