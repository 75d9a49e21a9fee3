using Fascicolo.Subgraphs.Mobility.Transit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A stop and its distance from the point of a <c>stopsNear</c> query.</summary>
internal sealed class NearbyTransitStopGraphType : ObjectGraphType<NearbyStop>
{
    /// <summary>Declares the fields.</summary>
    public NearbyTransitStopGraphType()
    {
        Name = "NearbyTransitStop";
        Description = "A stop and how far it is, as the crow flies, from the point asked about.";
        Field<NonNullGraphType<TransitStopGraphType>>("stop").Description("The stop.").Resolve(context => context.Source.Stop);
        Field<NonNullGraphType<IntGraphType>>("distanceMetres").Description("The great-circle distance in metres.").Resolve(context => context.Source.DistanceMetres);
    }
}
