using Fascicolo.Gateway.Planning.Tests.Support;

namespace Fascicolo.Gateway.Planning.Tests;

public class QueryPlanCacheTests
{
    private static readonly QueryPlan SomePlan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ me { name } }");

    [Fact]
    public void GetOrAdd_Should_PlanOnceAndThenHit_When_TheSameKeyIsAskedTwice()
    {
        var cache = new QueryPlanCache(10);
        var key = QueryPlanCacheKey.Create("hash", "Op", new HashSet<string>());
        var calls = 0;

        var first = cache.GetOrAdd(key, _ => { calls++; return SomePlan; });
        var second = cache.GetOrAdd(key, _ => { calls++; return SomePlan; });

        Assert.Equal(1, calls);
        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrAdd_Should_PassTheState_When_PlanningAMiss()
    {
        var cache = new QueryPlanCache(10);
        var key = QueryPlanCacheKey.Create("hash", null, new HashSet<string>());

        var plan = cache.GetOrAdd(key, static (_, state) => state, SomePlan);

        Assert.Same(SomePlan, plan);
        Assert.True(cache.TryGet(key, out var cached));
        Assert.Same(SomePlan, cached);
    }

    [Fact]
    public void GetOrAdd_Should_Miss_When_AConditionVariableDiffers()
    {
        var cache = new QueryPlanCache(10);
        var calls = 0;
        QueryPlan Planner(QueryPlanCacheKey key)
        {
            calls++;
            return SomePlan;
        }

        cache.GetOrAdd(QueryPlanCacheKey.Create("hash", null, new HashSet<string> { "a" }), Planner);
        cache.GetOrAdd(QueryPlanCacheKey.Create("hash", null, new HashSet<string>()), Planner);
        cache.GetOrAdd(QueryPlanCacheKey.Create("hash", "Other", new HashSet<string> { "a" }), Planner);
        cache.GetOrAdd(QueryPlanCacheKey.Create("other", null, new HashSet<string> { "a" }), Planner);

        Assert.Equal(4, calls);
        Assert.Equal(4, cache.Count);
    }

    [Fact]
    public void Create_Should_GiveEqualKeys_When_TrueVariablesAreListedInAnotherOrder()
    {
        var one = QueryPlanCacheKey.Create("h", "Op", new HashSet<string> { "b", "a" });
        var two = QueryPlanCacheKey.Create("h", "Op", new HashSet<string> { "a", "b" });

        Assert.Equal(one, two);
        Assert.Equal(one.GetHashCode(), two.GetHashCode());
    }

    [Fact]
    public void Set_Should_EvictTheLeastRecentlyUsedPlan_When_TheCacheIsFull()
    {
        var cache = new QueryPlanCache(2);
        var (k1, k2, k3) = (Key("1"), Key("2"), Key("3"));
        cache.Set(k1, SomePlan);
        cache.Set(k2, SomePlan);
        Assert.True(cache.TryGet(k1, out _));

        cache.Set(k3, SomePlan);

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet(k1, out _));
        Assert.False(cache.TryGet(k2, out _));
        Assert.True(cache.TryGet(k3, out _));
    }

    [Fact]
    public void GetOrAdd_Should_StayWithinCapacity_When_UsedFromManyThreads()
    {
        var cache = new QueryPlanCache(8);

        Parallel.For(0, 2000, i => cache.GetOrAdd(Key((i % 20).ToString(System.Globalization.CultureInfo.InvariantCulture)), _ => SomePlan));

        Assert.Equal(8, cache.Count);
    }

    [Fact]
    public void Constructor_Should_Throw_When_CapacityIsNotPositive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueryPlanCache(0));

    [Fact]
    public void HashDocument_Should_GiveTheSameHash_When_TheTextIsTheSame()
    {
        Assert.Equal(QueryPlanCacheKey.HashDocument("{ me { id } }"), QueryPlanCacheKey.HashDocument("{ me { id } }"));
        Assert.NotEqual(QueryPlanCacheKey.HashDocument("{ me { id } }"), QueryPlanCacheKey.HashDocument("{ me { name } }"));
    }

    private static QueryPlanCacheKey Key(string hash) => QueryPlanCacheKey.Create(hash, null, new HashSet<string>());
}
