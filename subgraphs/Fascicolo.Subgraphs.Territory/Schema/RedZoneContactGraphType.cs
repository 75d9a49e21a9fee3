using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>RedZoneContact</c> type: a person registered at a red-zone house number.</summary>
internal sealed class RedZoneContactGraphType : ObjectGraphType<RedZoneContactRecord>
{
    /// <summary>Declares the fields.</summary>
    public RedZoneContactGraphType()
    {
        Name = "RedZoneContact";
        Description = "A person registered at a red-zone house number, with the phone to alert them on.";
        Field<NonNullGraphType<CitizenGraphType>>("citizen").Description("The person.").Resolve(context => context.Source.FiscalCode);
        Field("phone", c => c.Phone).Description("The phone number in E.164 form, e.g. '+393471234567'.");
    }
}
