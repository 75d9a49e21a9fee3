using GraphQL;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>What resolvers read from the request's services.</summary>
internal static class ResolveContextExtensions
{
    /// <summary>Today in Italy, by the subgraph's clock.</summary>
    public static DateOnly Today(this IResolveFieldContext context) => Clock(context).Today;

    /// <summary>The subgraph's clock.</summary>
    public static PaymentsClock Clock(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices!.GetRequiredService<PaymentsClock>();
    }
}
