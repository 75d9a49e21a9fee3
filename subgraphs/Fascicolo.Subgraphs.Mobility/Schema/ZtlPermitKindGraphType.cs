using Fascicolo.Domain.SyntheticCity.Mobility;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>ZtlPermitKind</c> enum.</summary>
internal sealed class ZtlPermitKindGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public ZtlPermitKindGraphType()
    {
        Name = "ZtlPermitKind";
        Description = "Why a car may enter a limited traffic zone.";
        Add("RESIDENT", ZtlPermitKind.Resident, "The holder lives in the zone.");
        Add("DISABILITY", ZtlPermitKind.Disability, "The car carries a person with a disability badge: valid in every zone.");
    }
}
