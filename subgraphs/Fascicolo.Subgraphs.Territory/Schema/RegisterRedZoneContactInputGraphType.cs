using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.RedZones;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>RegisterRedZoneContactInput</c> input; see <see cref="RegisterRedZoneContactInput"/>.</summary>
internal sealed class RegisterRedZoneContactInputGraphType : InputObjectGraphType<RegisterRedZoneContactInput>
{
    /// <summary>Declares the fields.</summary>
    public RegisterRedZoneContactInputGraphType()
    {
        Name = "RegisterRedZoneContactInput";
        Description = "A red-zone house number to register, with the people to alert.";
        Field<NonNullGraphType<IdGraphType>>("buildingId").Description("The building (house number), e.g. 'BLD-D969-000001'; it must be in a red zone.");
        Field<NonNullGraphType<FiscalCodeGraphType>>("registrantFiscalCode").Description("Who registers it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RedZoneMemberInputGraphType>>>>("members")
            .Description($"The people to alert: at least one, at most {RegisterRedZoneContactInput.MaxMembers}, each once.");
    }
}
