using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class ClockTests
{
    [Fact]
    public void ShiftedClock_Should_ReadTheGivenDayAndKeepTicking_When_TimePasses()
    {
        var system = new SteppingClock(new DateTimeOffset(2026, 11, 26, 13, 45, 0, TimeSpan.Zero));
        var clock = new ShiftedTimeProvider(new DateOnly(2026, 1, 1), system);

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 13, 45, 0, TimeSpan.Zero), clock.GetUtcNow());
        system.Now += TimeSpan.FromHours(11);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 0, 45, 0, TimeSpan.Zero), clock.GetUtcNow());
    }

    [Fact]
    public void ClockSetting_Should_RegisterTheShiftedClock_When_TodayIsSet()
    {
        using var provider = Services("2026-01-01").BuildServiceProvider();

        var today = DateOnly.FromDateTime(provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

        Assert.Equal(new DateOnly(2026, 1, 1), today);
    }

    [Fact]
    public void ClockSetting_Should_RegisterNothing_When_TodayIsNotSet()
    {
        Assert.DoesNotContain(Services(null), d => d.ServiceType == typeof(TimeProvider));
    }

    [Theory]
    [InlineData("01/01/2026")]
    [InlineData("2026-13-01")]
    [InlineData("tomorrow")]
    public void ClockSetting_Should_NameTheSetting_When_TheDateIsMalformed(string value)
    {
        var error = Assert.Throws<SubgraphConfigurationException>(() => Services(value));

        Assert.Contains(SubgraphClock.TodayKey, error.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Services(string? today)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [SubgraphClock.TodayKey] = today })
            .Build();
        var services = new ServiceCollection();
        services.AddSubgraphClock(configuration);
        return services;
    }

    private sealed class SteppingClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
