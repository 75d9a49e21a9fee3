using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class AliasCollisionTests
{
    [Fact]
    public void Plan_Should_AliasTheKey_When_TheClientUsesItsNameForAnotherField()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ me { id: name reviews { body } } }");

        var fetches = plan.Fetches();
        Assert.Equal("{ me { __typename id: name __fk0_id: id } }", fetches[0].Document);
        Assert.Equal(new RepresentationField("id", "__fk0_id", null, IsKey: true), Assert.Single(fetches[1].Representation![0].Fields));
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_AliasRequiredFields_When_TheClientUsesTheirNamesForOtherFields()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ topProducts { price: name weight shippingEstimate } }");

        var fetches = plan.Fetches();
        Assert.Equal("{ topProducts { __typename price: name weight upc __fk0_price: price } }", fetches[0].Document);
        Assert.Equal(
            [new RepresentationField("upc", "upc", null, IsKey: true), new RepresentationField("price", "__fk0_price", null), new RepresentationField("weight", "weight", null)],
            fetches[1].Representation![0].Fields);
    }

    [Fact]
    public void Plan_Should_ReuseTheClientField_When_ItIsTheKeyUnaliased()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ me { id reviews { body } } }");

        Assert.Equal("{ me { __typename id } }", plan.Fetches()[0].Document);
    }

    [Fact]
    public void Plan_Should_AliasTheKey_When_TheClientAliasesTheKeyFieldWithArguments()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ topProducts(first: 2) { upc: name reviews { body } } }");

        Assert.Equal("{ topProducts(first: 2) { __typename upc: name __fk0_upc: upc } }", plan.Fetches()[0].Document);
    }
}
