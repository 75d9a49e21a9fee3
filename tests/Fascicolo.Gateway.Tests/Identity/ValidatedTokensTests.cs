using System.Globalization;
using System.Security.Claims;
using Fascicolo.Gateway.Identity;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests.Identity;

/// <summary>The validated bearer tokens the gateway keeps, on a clock the test moves.</summary>
public sealed class ValidatedTokensTests
{
    private static readonly TokenCacheSettings FiveMinutes = new(TimeSpan.FromMinutes(5), 3);

    [Fact]
    public void TryGet_Should_GiveTheClaims_When_TheTokenWasValidatedAndIsWithinItsTime()
    {
        var clock = new ManualClock();
        var tokens = new ValidatedTokens(FiveMinutes, clock);
        var principal = Principal(clock, expiresIn: TimeSpan.FromHours(1));

        tokens.Add("token-a", principal);

        Assert.True(tokens.TryGet("token-a", out var found));
        Assert.Same(principal, found);
        Assert.False(tokens.TryGet("token-b", out _));
        Assert.False(tokens.TryGet("token-a ", out _));
    }

    [Fact]
    public void TryGet_Should_Miss_When_TheTokenHasExpired()
    {
        var clock = new ManualClock();
        var tokens = new ValidatedTokens(FiveMinutes, clock);
        tokens.Add("token-a", Principal(clock, expiresIn: TimeSpan.FromMinutes(2)));

        clock.Advance(TimeSpan.FromSeconds(119));
        Assert.True(tokens.TryGet("token-a", out _));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(tokens.TryGet("token-a", out _));
    }

    [Fact]
    public void TryGet_Should_Miss_When_TheCacheLifetimeHasPassed_Though_TheTokenIsStillValid()
    {
        var clock = new ManualClock();
        var tokens = new ValidatedTokens(FiveMinutes, clock);
        tokens.Add("token-a", Principal(clock, expiresIn: TimeSpan.FromHours(1)));

        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.False(tokens.TryGet("token-a", out _));
    }

    [Fact]
    public void Add_Should_KeepNothing_When_TheTokenHasNoExpiryOrTheCacheIsOff()
    {
        var clock = new ManualClock();
        var tokens = new ValidatedTokens(FiveMinutes, clock);
        var off = new ValidatedTokens(FiveMinutes with { Lifetime = TimeSpan.Zero }, clock);

        tokens.Add("no-exp", new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "x")], "test")));
        off.Add("token-a", Principal(clock, expiresIn: TimeSpan.FromHours(1)));

        Assert.False(tokens.TryGet("no-exp", out _));
        Assert.False(off.TryGet("token-a", out _));
    }

    [Fact]
    public void Add_Should_DropExpiredTokensFirst_When_TheCacheIsFull()
    {
        var clock = new ManualClock();
        var tokens = new ValidatedTokens(FiveMinutes, clock);
        tokens.Add("short", Principal(clock, expiresIn: TimeSpan.FromMinutes(1)));
        tokens.Add("long-1", Principal(clock, expiresIn: TimeSpan.FromHours(1)));
        tokens.Add("long-2", Principal(clock, expiresIn: TimeSpan.FromHours(1)));
        clock.Advance(TimeSpan.FromMinutes(2));

        tokens.Add("new", Principal(clock, expiresIn: TimeSpan.FromHours(1)));

        Assert.True(tokens.TryGet("long-1", out _));
        Assert.True(tokens.TryGet("long-2", out _));
        Assert.True(tokens.TryGet("new", out _));
        Assert.False(tokens.TryGet("short", out _));
    }

    [Fact]
    public void Add_Should_StartOver_When_TheCacheIsFullOfLiveTokens()
    {
        var clock = new ManualClock();
        var tokens = new ValidatedTokens(FiveMinutes, clock);
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            tokens.Add(name, Principal(clock, expiresIn: TimeSpan.FromHours(1)));
        }

        Assert.False(tokens.TryGet("a", out _));
        Assert.True(tokens.TryGet("d", out _));
    }

    private static ClaimsPrincipal Principal(TimeProvider clock, TimeSpan expiresIn) =>
        new(new ClaimsIdentity(
            [new Claim("sub", "client"), new Claim("exp", (clock.GetUtcNow() + expiresIn).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))],
            "test"));
}
