using Fascicolo.Domain.SyntheticCity.Mobility;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>ZtlZone</c> enum.</summary>
internal sealed class ZtlZoneGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public ZtlZoneGraphType()
    {
        Name = "ZtlZone";
        Description = "A limited traffic zone (zona a traffico limitato) of Genova.";
        Add("CENTRO_STORICO", ZtlZone.CentroStorico, "The historic centre.");
        Add("CARIGNANO", ZtlZone.Carignano, "Carignano.");
        Add("BOCCADASSE", ZtlZone.Boccadasse, "Boccadasse.");
        Add("NERVI", ZtlZone.Nervi, "Nervi.");
    }
}
