using Fascicolo.Gateway.Planning.Tests.Support;

namespace Fascicolo.Gateway.Planning.Tests;

public class FieldRefusalsTests
{
    private static readonly FieldRefusal Forbidden = new("Not for you.", "FORBIDDEN", "ROLE");

    [Fact]
    public void Key_Should_BeEqual_When_TheSameRefusalsAreListedInAnotherOrder()
    {
        var one = FieldRefusals.Create(["User.name", "Query.me"], Forbidden);
        var two = FieldRefusals.Create(["Query.me", "User.name", "Query.me"], Forbidden);

        Assert.Equal(one.Key, two.Key);
        Assert.Equal(64, one.Key.Length);
        Assert.Equal(["Query.me", "User.name"], two.Coordinates.Keys);
    }

    [Theory]
    [InlineData("User.id", "Not for you.", "FORBIDDEN", "ROLE")]
    [InlineData("User.name", "Other message.", "FORBIDDEN", "ROLE")]
    [InlineData("User.name", "Not for you.", "OTHER", "ROLE")]
    [InlineData("User.name", "Not for you.", "FORBIDDEN", "OTHER")]
    [InlineData("User.name", "Not for you.", "FORBIDDEN", null)]
    public void Key_Should_Differ_When_ACoordinateOrAnyPartOfItsErrorDiffers(string coordinate, string message, string code, string? reason)
    {
        var reference = FieldRefusals.Create(["User.name"], Forbidden);

        var other = FieldRefusals.Create([coordinate], new FieldRefusal(message, code, reason));

        Assert.NotEqual(reference.Key, other.Key);
    }

    [Fact]
    public void Create_Should_GiveNone_When_NothingIsRefused()
    {
        var refusals = FieldRefusals.Create([], Forbidden);

        Assert.Same(FieldRefusals.None, refusals);
        Assert.True(refusals.IsEmpty);
        Assert.Equal(string.Empty, refusals.Key);
    }

    [Theory]
    [InlineData("User")]
    [InlineData(".name")]
    [InlineData("User.")]
    [InlineData("User.name.first")]
    [InlineData("User.__typename")]
    [InlineData("Query.__schema")]
    public void Create_Should_Throw_When_TheCoordinateIsNotARefusableField(string coordinate) =>
        Assert.Throws<ArgumentException>(() => FieldRefusals.Create([coordinate], Forbidden));

    [Fact]
    public void Create_Should_Throw_When_ACoordinateIsRefusedWithTwoErrors() =>
        Assert.Throws<ArgumentException>(() => FieldRefusals.Create([
            KeyValuePair.Create("User.name", Forbidden),
            KeyValuePair.Create("User.name", Forbidden with { Reason = "OTHER" }),
        ]));

    [Fact]
    public void FieldRefusal_Should_Throw_When_TheMessageOrCodeIsEmpty()
    {
        Assert.Throws<ArgumentException>(() => new FieldRefusal("", "FORBIDDEN"));
        Assert.Throws<ArgumentException>(() => new FieldRefusal("No.", ""));
    }

    [Fact]
    public void Union_Should_KeepThisSetsError_When_BothRefuseACoordinate()
    {
        var mine = FieldRefusals.Create(["User.name"], Forbidden);
        var theirs = FieldRefusals.Create(["User.name", "User.id"], Forbidden with { Reason = "OTHER" });

        var union = mine.Union(theirs);

        Assert.Equal("ROLE", union.Find("User", "name")!.Reason);
        Assert.Equal("OTHER", union.Find("User", "id")!.Reason);
        Assert.Null(union.Find("User", "reviews"));
        Assert.Same(mine, mine.Union(FieldRefusals.None));
    }

    [Fact]
    public void WithRefusals_Should_ReturnTheSameKey_When_NothingIsRefused()
    {
        var key = QueryPlanCacheKey.Create("hash", "Op", new HashSet<string>());

        Assert.Same(key, key.WithRefusals(FieldRefusals.None));
    }

    [Fact]
    public void QueryPlanCache_Should_KeepOnePlanPerRefusalSet_When_OneDocumentIsPlannedForSeveral()
    {
        var cache = new QueryPlanCache(10);
        var key = QueryPlanCacheKey.Create("hash", null, new HashSet<string>());
        var refuseName = FieldRefusals.Create(["User.name"], Forbidden);
        var refuseNameAgain = FieldRefusals.Create(["User.name"], Forbidden with { });
        var refuseId = FieldRefusals.Create(["User.id"], Forbidden);
        var calls = 0;
        QueryPlan Planner(QueryPlanCacheKey k)
        {
            calls++;
            return Plans.Plan(BenchmarkSupergraph.Sdl, "{ me { name } }");
        }

        cache.GetOrAdd(key, Planner);
        cache.GetOrAdd(key.WithRefusals(refuseName), Planner);
        cache.GetOrAdd(key.WithRefusals(refuseNameAgain), Planner);
        cache.GetOrAdd(key.WithRefusals(refuseId), Planner);

        Assert.Equal(3, calls);
        Assert.Equal(key.WithRefusals(refuseName), key.WithRefusals(refuseNameAgain));
        Assert.NotEqual(key, key.WithRefusals(refuseName));
    }
}
