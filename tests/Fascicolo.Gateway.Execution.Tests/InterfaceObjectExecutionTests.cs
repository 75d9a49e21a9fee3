using System.Text;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;
using Fascicolo.Testing;
using static Fascicolo.Gateway.Execution.Tests.PlanBuilder;

namespace Fascicolo.Gateway.Execution.Tests;

/// <summary>
/// Objects an <c>@interfaceObject</c> returned carry the interface's name as <c>__typename</c>; the
/// entity fetch into the entity interface's subgraph adds a part naming the implementation.
/// </summary>
public sealed class InterfaceObjectExecutionTests
{
    [Fact]
    public async Task Execute_Should_UseTheImplementationsTypename_When_TheInterfaceObjectNamedTheInterface()
    {
        await using var ratings = await StubSubgraph.StartAsync(_ => """{"data":{"topRated":[{"__typename":"Media","id":"m1","rating":5}]}}""");
        await using var media = await StubSubgraph.StartAsync(_ => """{"data":{"_entities":[{"__typename":"Book","author":"Herbert"}]}}""");
        await using var reviews = await StubSubgraph.StartAsync(_ => """{"data":{"_entities":[{"blurb":"a must"}]}}""");
        var plan = new QueryPlan(
            new SequenceNode([
                Root(0, "ratings", "{ topRated { __typename id rating } }"),
                new FlattenNode(Path("topRated", "@"), Entities(1, "media", "query($representations:[_Any!]!){_entities(representations:$representations){...on Media{__typename ...on Book{author}}}}", "Media", "id")),
                // Entered from the implementations, as the planner does after the runtime type is known.
                new FlattenNode(Path("topRated", "@"), new FetchNode(2, "reviews", "query($representations:[_Any!]!){_entities(representations:$representations){...on Media{blurb}}}", null, [], [
                    new RepresentationFragment(new HashSet<string> { "Book" }, "Media", [new RepresentationField("id", "id", null, IsKey: true)]),
                ])),
            ]),
            Shape("Query", Object("topRated", ListOf(Named("Media")), AbstractShape("Media", new()
            {
                ["Book"] = [Leaf("__typename"), Leaf("rating", "Int"), Leaf("author"), Leaf("blurb")],
                ["Media"] = [Leaf("__typename"), Leaf("rating", "Int"), Leaf("blurb")],
            }))),
            OperationKind.Query);

        using var clients = new SubgraphClients([KeyValuePair.Create("ratings", ratings.Url), KeyValuePair.Create("media", media.Url), KeyValuePair.Create("reviews", reviews.Url)], new SubgraphClientOptions());
        using var output = await new PlanExecutor(clients).ExecuteAsync(plan, new ExecutionRequest(null), CancellationToken.None);

        Assert.Equal("""{"data":{"topRated":[{"__typename":"Book","rating":5,"author":"Herbert","blurb":"a must"}]}}""", Encoding.UTF8.GetString(output.WrittenSpan));
        Assert.Equal("""[{"__typename":"Media","id":"m1"}]""", Representations(media));
        Assert.Equal("""[{"__typename":"Media","id":"m1"}]""", Representations(reviews));
    }

    private static string Representations(StubSubgraph subgraph) =>
        Assert.Single(subgraph.Requests).RootElement.GetProperty("variables").GetProperty("representations").GetRawText();
}
