using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A public traffic notice.</summary>
internal sealed class TrafficNewsGraphType : ObjectGraphType<TrafficNewsRecord>
{
    /// <summary>Declares the fields.</summary>
    public TrafficNewsGraphType()
    {
        Name = "TrafficNews";
        Description = "A public traffic notice (infomobilità): roadworks, closures, events, transit diversions.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id, e.g. 'TN-00042'; ids follow start times.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<TrafficNewsKindGraphType>>("kind").Description("What it is about.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Description("A one-line title, in Italian.").Resolve(context => context.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The details, in Italian.").Resolve(context => context.Source.Description);
        Field<NonNullGraphType<StringGraphType>>("street").Description("The street concerned.").Resolve(context => context.Source.Street);
        Field<IntGraphType>("municipio").Description("The Genova municipio (1-9), if in Genova.").Resolve(context => context.Source.Municipio);
        Field<NonNullGraphType<FloatGraphType>>("latitude").Description("WGS 84 latitude.").Resolve(context => context.Source.Latitude);
        Field<NonNullGraphType<FloatGraphType>>("longitude").Description("WGS 84 longitude.").Resolve(context => context.Source.Longitude);
        Field<NonNullGraphType<DateTimeGraphType>>("validFrom").Description("When it starts (UTC).").Resolve(context => context.Source.ValidFrom);
        Field<DateTimeGraphType>("validUntil").Description("When it ends (UTC); null until further notice.").Resolve(context => context.Source.ValidUntil);
    }
}
