using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class BenchmarkPlanTests
{
    [Fact]
    public void Plan_Should_MatchTheSnapshot_When_PlanningTheBenchmarkQuery()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, BenchmarkSupergraph.Query);

        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_MakeFiveFetches_When_PlanningTheBenchmarkQuery()
    {
        // products (root), inventory (inStock, shippingEstimate), reviews (everything under
        // reviews, username provided), accounts twice (name at each author path).
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, BenchmarkSupergraph.Query);

        Assert.Equal(["products", "inventory", "reviews", "accounts", "accounts"], plan.Subgraphs());
    }
}
