using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>CadastralOwnership</c> type: an owner's share of a unit.</summary>
internal sealed class CadastralOwnershipGraphType : ObjectGraphType<OwnershipRecord>
{
    /// <summary>Declares the fields.</summary>
    public CadastralOwnershipGraphType()
    {
        Name = "CadastralOwnership";
        Description = "A right of ownership (proprietà) on a cadastral unit: who, which share, since when.";
        Field<NonNullGraphType<CitizenGraphType>>("owner")
            .Description("The owner; the registry resolves their identity.")
            .Resolve(context => context.Source.OwnerFiscalCode);
        Field<NonNullGraphType<OwnershipShareGraphType>>("share").Description("The share owned, e.g. 1/2.").Resolve(context => context.Source);
        Field<NonNullGraphType<DateOnlyGraphType>>("since").Description("The day the owner acquired the share.").Resolve(context => context.Source.Since);
    }
}
