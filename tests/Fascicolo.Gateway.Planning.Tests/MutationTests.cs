using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class MutationTests
{
    private static readonly string Sdl = Supergraphs.Join("a, b", """
        type Query @join__type(graph: A) @join__type(graph: B) {
          a: String @join__field(graph: A)
        }

        type Mutation @join__type(graph: A) @join__type(graph: B) {
          createA: Thing @join__field(graph: A)
          addA: Int @join__field(graph: A)
          createB: Int @join__field(graph: B)
        }

        type Thing @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
          id: ID!
          detail: String @join__field(graph: B)
        }
        """);

    [Fact]
    public void Plan_Should_RunRootFieldsInDocumentOrder_When_TheOperationIsAMutation()
    {
        var plan = Plans.Plan(Sdl, "mutation Change { x: createA { id detail } createB y: addA }");

        Assert.Equal(OperationKind.Mutation, plan.Kind);
        var sequence = Assert.IsType<SequenceNode>(plan.Root);
        Assert.Equal(4, sequence.Nodes.Count);
        Assert.Equal(["a", "b", "b", "a"], plan.Subgraphs());
        Assert.StartsWith("mutation Change__a__0 {", plan.Fetches()[0].Document, StringComparison.Ordinal);
        Assert.StartsWith("query Change__b__1(", plan.Fetches()[1].Document, StringComparison.Ordinal);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_ShareOneFetch_When_ConsecutiveMutationFieldsBelongToOneSubgraph()
    {
        var plan = Plans.Plan(Sdl, "mutation { createA { id } addA createB }");

        Assert.Equal(["mutation { createA { id } addA }", "mutation { createB }"], plan.Fetches().Select(f => f.Document));
        Assert.IsType<SequenceNode>(plan.Root);
    }
}
