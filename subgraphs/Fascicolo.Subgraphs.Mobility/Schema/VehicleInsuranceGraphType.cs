using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A car's liability insurance, as the ANIA database reports it.</summary>
internal sealed class VehicleInsuranceGraphType : ObjectGraphType<VehicleRecord>
{
    /// <summary>Declares the fields; the source is the car.</summary>
    public VehicleInsuranceGraphType()
    {
        Name = "VehicleInsurance";
        Description = "A car's compulsory third-party liability insurance (RC auto).";
        Field<NonNullGraphType<StringGraphType>>("insurer").Description("The insurance company.").Resolve(context => context.Source.Insurer);
        Field<NonNullGraphType<DateOnlyGraphType>>("expiresOn").Description("The last day of cover; 15 days of grace follow.").Resolve(context => context.Source.InsuranceExpiresOn);
        Field<NonNullGraphType<VehicleInsuranceStatusGraphType>>("status")
            .Description("Whether the car is covered today.")
            .Resolve(context => MobilityStatuses.Insurance(context.Source.InsuranceExpiresOn, context.Today()));
    }
}
