using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Subgraphs.Taxes.Data;
using Fascicolo.Subgraphs.Taxes.Positions;
using GraphQL;
using GraphQL.DataLoader;

namespace Fascicolo.Subgraphs.Taxes.Simulation;

/// <summary>Resolves <c>Query.imuSimulation</c>: validates the input, then computes with the year's rates.</summary>
internal static class ImuSimulations
{
    /// <summary>The unit id the simulated property carries.</summary>
    public const string UnitId = "simulation";

    public static IDataLoaderResult<ImuYear> Simulate(IResolveFieldContext context)
    {
        var input = context.GetArgument<ImuSimulationInput>("input");
        var holding = input.Validate() with { UnitId = UnitId };
        var years = TaxYears.Loader.LoadMany(context, TaxYears.All);
        return new Pending<ImuYear>(async cancellationToken =>
        {
            var rates = TaxPositions.Supported(await years.GetResultAsync(cancellationToken).ConfigureAwait(false), input.Year);
            // An appurtenance is exempt or taxed with its main home: give it a notional, non-luxury one.
            ImuHolding[] holdings = holding.Use == ImuUse.MainHomeAppurtenance
                ? [holding, new ImuHolding("notional-main-home", CadastralCategory.Parse("A/2"), 0, 1, 1, holding.Since, null, ImuUse.MainHome)]
                : [holding];
            return ImuCalculator.Compute(input.Year, rates.Imu, holdings);
        });
    }
}
