using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>BuildingAddress</c> type: a building's street address.</summary>
internal sealed class BuildingAddressGraphType : ObjectGraphType<BuildingRecord>
{
    /// <summary>Declares the fields.</summary>
    public BuildingAddressGraphType()
    {
        Name = "BuildingAddress";
        Description = "A building's street address.";
        Field("street", b => b.Street).Description("The street name, e.g. 'Via XX Settembre'.");
        Field("houseNumber", b => b.HouseNumber).Description("The house number; Genova's red numbers (shops, offices) end in 'r'.");
        Field("postalCode", b => b.PostalCode).Description("The five-digit postal code (CAP).");
        Field<NonNullGraphType<StringGraphType>>("formatted")
            .Description("The address on one line, e.g. 'Via XX Settembre 12, 16121 Genova'.")
            .Resolve(context => $"{context.Source.Street} {context.Source.HouseNumber}, {context.Source.PostalCode} {context.Source.Municipality.Name}");
    }
}
