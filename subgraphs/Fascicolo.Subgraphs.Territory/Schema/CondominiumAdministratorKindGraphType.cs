using Fascicolo.Domain.SyntheticCity.Territory;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>CondominiumAdministratorKind</c> enum.</summary>
internal sealed class CondominiumAdministratorKindGraphType : EnumerationGraphType<AdministratorKind>
{
    /// <summary>Names the enum.</summary>
    public CondominiumAdministratorKindGraphType()
    {
        Name = "CondominiumAdministratorKind";
        Description = "Who administers a condominium.";
    }
}
