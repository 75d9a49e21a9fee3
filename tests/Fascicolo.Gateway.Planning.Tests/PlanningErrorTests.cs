using Fascicolo.Gateway.Planning.Tests.Support;
using GraphQLParser;

namespace Fascicolo.Gateway.Planning.Tests;

public class PlanningErrorTests
{
    [Theory]
    [InlineData("query A { me { id } }", "B", "Unknown operation \"B\"")]
    [InlineData("query A { me { id } } query B { me { id } }", null, "an operation name is required")]
    [InlineData("subscription { me { id } }", null, "Subscriptions are not supported")]
    [InlineData("{ me { __fk0_id: name } }", null, "The alias \"__fk0_id\" is reserved")]
    [InlineData("{ me { ...Missing } }", null, "Unknown fragment \"Missing\"")]
    public void Plan_Should_ThrowAClearError_When_TheOperationCannotBePlanned(string document, string? operationName, string message)
    {
        var planner = Plans.PlannerFor(BenchmarkSupergraph.Sdl);

        var error = Assert.Throws<QueryPlanningException>(() => planner.Plan(Parser.Parse(document), operationName, new HashSet<string>()));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Should_NameTheField_When_NoSubgraphCanResolveIt()
    {
        // User is no entity: b resolves name but cannot be entered from a.
        var sdl = Supergraphs.Join("a, b", """
            type Query @join__type(graph: A) @join__type(graph: B) {
              users: [User] @join__field(graph: A)
            }

            type User @join__type(graph: A) @join__type(graph: B) {
              id: ID!
              name: String @join__field(graph: B)
            }
            """);

        var error = Assert.Throws<QueryPlanningException>(() => Plans.Plan(sdl, "{ users { name } }"));

        Assert.Contains("\"User.name\"", error.Message, StringComparison.Ordinal);
    }
}
