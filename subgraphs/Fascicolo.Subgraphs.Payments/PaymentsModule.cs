using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Receipts;
using Fascicolo.Subgraphs.Payments.Schema;
using Fascicolo.Subgraphs.Payments.Seed;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fascicolo.Subgraphs.Payments;

/// <summary>
/// The payments subgraph (pagoPA, "io pago"): owns the <c>PaymentPosition</c> entity keyed by IUPD
/// (GPD debt positions with their payment options, transfers and receipts) and extends
/// <c>Citizen</c> with <c>debtPosition</c>.
/// </summary>
public sealed class PaymentsModule : SubgraphModule
{
    private readonly Func<City, IReadOnlyList<PaymentDue>> _ledger;

    /// <summary>Creates the module, seeding every payment the city's ledger holds.</summary>
    public PaymentsModule()
        : this(city => city.PaymentsDue())
    {
    }

    /// <summary>Creates the module with another ledger to seed (tests add positions of their own).</summary>
    /// <param name="ledger">The payments due of a city, in the order their IUVs are issued.</param>
    internal PaymentsModule(Func<City, IReadOnlyList<PaymentDue>> ledger) => _ledger = ledger;

    /// <inheritdoc/>
    public override string Name => "payments";

    /// <inheritdoc/>
    public override void ConfigureGraphQL(IGraphQLBuilder graphql)
    {
        ArgumentNullException.ThrowIfNull(graphql);
        graphql.AddSchema<PaymentsSchema>().AddGraphTypes(typeof(PaymentsModule).Assembly).AddPersonalData();
    }

    /// <inheritdoc/>
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PaymentsClock>();
        services.TryAddSingleton<ReceiptRecorder>();
    }

    /// <inheritdoc/>
    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => new PaymentsSeeder(_ledger);
}
