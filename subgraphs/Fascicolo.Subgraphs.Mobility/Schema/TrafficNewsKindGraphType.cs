using Fascicolo.Domain.SyntheticCity.Mobility;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>TrafficNewsKind</c> enum.</summary>
internal sealed class TrafficNewsKindGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public TrafficNewsKindGraphType()
    {
        Name = "TrafficNewsKind";
        Description = "What a traffic notice is about.";
        Add("ROADWORKS", TrafficNewsKind.Roadworks, "Roadworks narrowing or diverting traffic.");
        Add("CLOSURE", TrafficNewsKind.Closure, "A street closed to traffic.");
        Add("EVENT", TrafficNewsKind.Event, "An event with traffic restrictions.");
        Add("TRANSIT_DIVERSION", TrafficNewsKind.TransitDiversion, "Public transport lines diverted.");
    }
}
