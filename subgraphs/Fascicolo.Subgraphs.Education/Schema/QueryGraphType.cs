using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The education subgraph's root <c>Query</c> fields.</summary>
internal sealed class QueryGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public QueryGraphType()
    {
        Name = "Query";

        Field<SchoolGraphType>("school")
            .Description("The school with this code, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("code", "A meccanografico code, e.g. 'GEEE80101I', or a municipal school's code, e.g. 'D969-NIDO-801'.")
            .Resolve(context => SchoolsByCode.Loader.Load(context, context.GetArgument<string>("code").Trim().ToUpperInvariant()));

        this.ConnectionField<SchoolGraphType, object?>("schools")
            .Description("The schools matching the filter, ordered by code, a page at a time.")
            .Argument<SchoolFilterGraphType>("filter", "The criteria; none lists every school.")
            .ResolveAsync(async context =>
            {
                var filter = context.GetArgument<SchoolFilterInput?>("filter")?.Validate() ?? SchoolFilter.None;
                var page = context.GetPageRequest<string>();
                var schools = await SchoolSearch.FindAsync(context.RequestServices!, filter, page.After, page.Limit, context.CancellationToken).ConfigureAwait(false);
                return page.ToConnection(schools, s => s.Code);
            });

        Field<EnrolmentGraphType>("enrolment")
            .Description("The enrolment with this id, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The enrolment id, e.g. 'ENR-2025-0000042'.")
            .Resolve(context => EnrolmentsById.Loader.Load(context, context.GetArgument<string>("id")));

        Field<NonNullGraphType<StringGraphType>>("currentSchoolYear")
            .Description("The school year in progress today in Italy, e.g. '2025/26' (it runs from 1 September to 31 August).")
            .Resolve(context => SchoolYear.Of(context.RequestServices!.GetRequiredService<EducationClock>().Today).Label);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CanteenFeeBandGraphType>>>>("canteenFeeBands")
            .Description("The canteen tariff: its bands by ISEE, lowest first.")
            .Resolve(_ => CanteenTariff.Bands);

        Field<NonNullGraphType<CanteenFeeSimulationGraphType>>("canteenFeeSimulation")
            .Description("Simulates a household's canteen fees from its ISEE and its number of children using the canteen (second child -20%, third and further -50%).")
            .Argument<DecimalGraphType>("isee", "The household's ISEE in euro, at most two decimals; null (or left out) for a household without one, which pays the top band.")
            .Argument<NonNullGraphType<IntGraphType>>("children", $"How many children use the canteen (1-{CanteenTariff.MaxChildren}).")
            .Argument<IntGraphType>(
                "mealsPerMonth",
                $"Meals per child in a month (0-{CanteenTariff.MaxMealsPerMonth}).",
                a => a.DefaultValue = CanteenTariff.DefaultMealsPerMonth)
            .Resolve(context => CanteenFeeSimulationRequest.Quote(
                context.GetArgument<decimal?>("isee"),
                context.GetArgument<int>("children"),
                context.GetArgument<int?>("mealsPerMonth") ?? CanteenTariff.DefaultMealsPerMonth));
    }
}
