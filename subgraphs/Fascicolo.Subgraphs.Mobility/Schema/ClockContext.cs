using GraphQL;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The subgraph's clock, as resolvers reach it.</summary>
internal static class ClockContext
{
    /// <summary>The request's <see cref="MobilityClock"/>.</summary>
    public static MobilityClock Clock(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<MobilityClock>();

    /// <summary>Today's date in Italy.</summary>
    public static DateOnly Today(this IResolveFieldContext context) => context.Clock().Today;
}
