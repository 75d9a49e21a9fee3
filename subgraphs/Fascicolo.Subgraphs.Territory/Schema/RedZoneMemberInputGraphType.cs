using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.RedZones;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>RedZoneMemberInput</c> input; see <see cref="RedZoneMemberInput"/>.</summary>
internal sealed class RedZoneMemberInputGraphType : InputObjectGraphType<RedZoneMemberInput>
{
    /// <summary>Declares the fields.</summary>
    public RedZoneMemberInputGraphType()
    {
        Name = "RedZoneMemberInput";
        Description = "A person to alert and their phone.";
        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode").Description("The person's fiscal code.");
        Field<NonNullGraphType<StringGraphType>>("phone")
            .Description("An Italian landline or mobile number: E.164 ('+393471234567'), with 0039, or national ('347 123 4567', '010 557 1111').");
    }
}
