using System.Text.RegularExpressions;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Taxes.Data;
using Fascicolo.Subgraphs.Taxes.Positions;
using Fascicolo.Subgraphs.Taxes.Simulation;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The taxes subgraph's root <c>Query</c> fields.</summary>
internal sealed partial class QueryGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public QueryGraphType()
    {
        Name = "Query";

        Field<TaxAssessmentGraphType>("taxAssessment")
            .Description("The assessment with this id, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The id, e.g. 'AVV-TARI-2024-0000001'.")
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id").Trim().ToUpperInvariant();
                if (!AssessmentIdPattern().IsMatch(id))
                {
                    throw new CodedError(TaxesErrorCodes.InvalidAssessmentId, "An assessment id reads 'AVV-IMU-yyyy-nnnnnnn' or 'AVV-TARI-yyyy-nnnnnnn'.", new Dictionary<string, object?> { ["id"] = id });
                }
                return TaxAssessmentsById.Loader.Load(context, id);
            });

        Field<NonNullGraphType<TaxRatesGraphType>>("taxRates")
            .Description("The city's rates table for a tax year (public data).")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The tax year: the reference year or one of the four before.")
            .Resolve(context =>
            {
                var year = context.GetArgument<int>("year");
                var years = TaxYears.Loader.LoadMany(context, TaxYears.All);
                return new Pending<TaxYearRecord>(async cancellationToken => TaxPositions.Supported(await years.GetResultAsync(cancellationToken).ConfigureAwait(false), year));
            });

        Field<NonNullGraphType<ImuSimulationGraphType>>("imuSimulation")
            .Description("The IMU of one property for a year at the city's rates: the online calculator (calcolo IMU). Invalid input fails with INVALID_IMU_SIMULATION.")
            .Argument<NonNullGraphType<ImuSimulationInputGraphType>>("input", "The property.")
            .Resolve(ImuSimulations.Simulate);
    }

    [GeneratedRegex("^AVV-(IMU|TARI)-[0-9]{4}-[0-9]{7}$")]
    private static partial Regex AssessmentIdPattern();
}
