using Fascicolo.Subgraphs.Mobility.Transit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A transit operator of the loaded GTFS feed.</summary>
internal sealed class TransitAgencyGraphType : ObjectGraphType<AgencyRecord>
{
    /// <summary>Declares the fields.</summary>
    public TransitAgencyGraphType()
    {
        Name = "TransitAgency";
        Description = "A public transport operator (GTFS agency.txt), e.g. AMT Genova.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The feed's agency_id (empty when the feed's only agency has none).").Resolve(context => context.Source.AgencyId);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name.").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("url").Description("The web site.").Resolve(context => context.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("timezone").Description("The IANA time zone its timetables are in, e.g. 'Europe/Rome'.").Resolve(context => context.Source.Timezone);
        Field<StringGraphType>("phone").Description("The customer phone number, if given.").Resolve(context => context.Source.Phone);
    }
}
