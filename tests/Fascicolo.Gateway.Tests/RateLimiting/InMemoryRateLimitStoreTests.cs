using Fascicolo.Gateway.RateLimiting;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests.RateLimiting;

/// <summary>The in-memory fixed windows, on a clock the test moves.</summary>
public sealed class InMemoryRateLimitStoreTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Increment_Should_CountWithinTheWindowAndSayWhenItCloses_When_RequestsFollowEachOther()
    {
        var clock = new ManualClock();
        var store = new InMemoryRateLimitStore(clock);

        var first = await store.IncrementAsync("citizen:A", Minute, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(45));
        var second = await store.IncrementAsync("citizen:A", Minute, CancellationToken.None);

        Assert.Equal(new RateLimitCount(1, Minute), first);
        Assert.Equal(new RateLimitCount(2, TimeSpan.FromSeconds(15)), second);
    }

    [Fact]
    public async Task Increment_Should_StartAFreshWindow_When_TheLastOneHasClosed()
    {
        var clock = new ManualClock();
        var store = new InMemoryRateLimitStore(clock);
        for (var i = 0; i < 5; i++)
        {
            await store.IncrementAsync("citizen:A", Minute, CancellationToken.None);
        }

        clock.Advance(Minute);
        var next = await store.IncrementAsync("citizen:A", Minute, CancellationToken.None);

        Assert.Equal(new RateLimitCount(1, Minute), next);
    }

    [Fact]
    public async Task Increment_Should_KeepOneCountPerKey_When_KeysDiffer()
    {
        var store = new InMemoryRateLimitStore(new ManualClock());

        await store.IncrementAsync("citizen:A", Minute, CancellationToken.None);
        await store.IncrementAsync("citizen:A", Minute, CancellationToken.None);
        var other = await store.IncrementAsync("citizen:B", Minute, CancellationToken.None);

        Assert.Equal(1, other.Count);
    }

    [Fact]
    public async Task Increment_Should_LoseNoCount_When_ManyRequestsOfOneKeyRace()
    {
        var store = new InMemoryRateLimitStore(new ManualClock());

        await Parallel.ForAsync(0, 1000, async (_, cancellationToken) => await store.IncrementAsync("address:127.0.0.1", Minute, cancellationToken));
        var last = await store.IncrementAsync("address:127.0.0.1", Minute, CancellationToken.None);

        Assert.Equal(1001, last.Count);
    }
}
