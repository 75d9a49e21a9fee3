using Fascicolo.Domain.FiscalCodes;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>Sex</c> enum: <c>MALE</c> or <c>FEMALE</c>, as registered.</summary>
internal sealed class SexGraphType : EnumerationGraphType<Sex>
{
    /// <summary>Names the enum.</summary>
    public SexGraphType()
    {
        Name = "Sex";
        Description = "Sex as recorded in the civil registry.";
    }
}
