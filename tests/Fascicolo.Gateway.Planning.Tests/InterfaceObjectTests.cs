using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

/// <summary>
/// <c>@interfaceObject</c>: ratings and reviews add fields to the entity interface Media, which only
/// media implements. Entity fetches into them name the interface in the representations.
/// </summary>
public class InterfaceObjectTests
{
    private static readonly string Sdl = InterfaceObjectSupergraph.Sdl;

    [Fact]
    public void Plan_Should_EnterTheInterfaceObjectOnceWithTheInterfaceName_When_AnInterfaceFieldComesFromIt()
    {
        var plan = Plans.Plan(Sdl, "{ media { title rating } }");

        var fetches = plan.Fetches();
        Assert.Equal(["media", "ratings"], fetches.ConvertAll(f => f.Subgraph));
        Assert.EndsWith("{ ... on Media { rating } } }", fetches[1].Document, StringComparison.Ordinal);
        Assert.All(fetches[1].Representation!, r => Assert.Equal("Media", r.Typename));
        Assert.Equal(["Book", "Movie"], fetches[1].Representation!.SelectMany(r => r.AppliesTo).Order(StringComparer.Ordinal));
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_SendTheRequiredFieldToTheInterfaceObject_When_ItRequiresOne()
    {
        var plan = Plans.Plan(Sdl, "{ media { blurb } }");

        var fetches = plan.Fetches();
        Assert.Equal(["media", "reviews"], fetches.ConvertAll(f => f.Subgraph));
        Assert.Equal(["id", "title"], fetches[1].Representation![0].Fields.Select(f => f.Name));
    }

    [Fact]
    public void Plan_Should_EnterTheInterfaceObjectForTheImplementation_When_TheFieldIsSelectedInAFragment()
    {
        var plan = Plans.Plan(Sdl, "{ search { ... on Book { title rating } } }");

        var fetches = plan.Fetches();
        Assert.Equal(["media", "ratings"], fetches.ConvertAll(f => f.Subgraph));
        var representation = Assert.Single(fetches[1].Representation!);
        Assert.Equal(("Media", "Book"), (representation.Typename, Assert.Single(representation.AppliesTo)));
    }

    [Fact]
    public void Plan_Should_AnswerFromTheInterfaceObjectAlone_When_NoRuntimeTypeIsNeeded()
    {
        var plan = Plans.Plan(Sdl, "{ topRated { id rating } }");

        var fetch = Assert.Single(plan.Fetches());
        Assert.Equal("{ topRated { __typename id rating } }", fetch.Document);
    }

    [Fact]
    public void Plan_Should_LearnTheRuntimeTypeFromTheEntityInterface_When_TypenameAndFragmentsAreSelected()
    {
        var plan = Plans.Plan(Sdl, "{ topRated { __typename rating title ... on Book { author } } }");

        var fetches = plan.Fetches();
        Assert.Equal(["ratings", "media"], fetches.ConvertAll(f => f.Subgraph));
        var representation = Assert.Single(fetches[1].Representation!);
        Assert.Equal(("Media", null), (Assert.Single(representation.AppliesTo), representation.Typename));
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_EnterAnotherInterfaceObjectDirectly_When_ItsFieldNeedsNoRuntimeType()
    {
        var plan = Plans.Plan(Sdl, "{ topRated { rating summary } }");

        var fetches = plan.Fetches();
        Assert.Equal(["ratings", "reviews"], fetches.ConvertAll(f => f.Subgraph));
        Assert.Equal("Media", Assert.Single(fetches[1].Representation!).Typename);
    }

    [Fact]
    public void Plan_Should_ReadTheRequirementFromTheEntityInterface_When_AnInterfaceObjectFieldRequiresIt()
    {
        var plan = Plans.Plan(Sdl, "{ topRated { blurb } }");

        Assert.Equal(["ratings", "media", "reviews"], plan.Subgraphs());
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }
}
