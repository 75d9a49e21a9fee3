using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>The <c>Clock:Today</c> setting: which day the subgraph believes it is.</summary>
public static class SubgraphClock
{
    /// <summary>The configuration key, e.g. <c>Clock__Today=2026-01-01</c> in the environment.</summary>
    public const string TodayKey = "Clock:Today";

    /// <summary>
    /// Registers a <see cref="ShiftedTimeProvider"/> when <c>Clock:Today</c> is set; otherwise
    /// nothing, and modules fall back to the system clock.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The configuration holding the setting.</param>
    /// <returns>The services, for chaining.</returns>
    /// <exception cref="SubgraphConfigurationException">The setting is not a date written yyyy-MM-dd.</exception>
    public static IServiceCollection AddSubgraphClock(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[TodayKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return services;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
        {
            throw new SubgraphConfigurationException($"{TodayKey} must be a date written yyyy-MM-dd, e.g. 2026-01-01; '{text}' was given.");
        }

        return services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(today));
    }
}
