using System.Globalization;
using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>OwnershipShare</c> type: a fraction of a unit, exact.</summary>
internal sealed class OwnershipShareGraphType : ObjectGraphType<OwnershipRecord>
{
    /// <summary>Declares the fields.</summary>
    public OwnershipShareGraphType()
    {
        Name = "OwnershipShare";
        Description = "A share of ownership as the cadastre writes it, a fraction such as 1/2.";
        Field("numerator", o => o.ShareNumerator).Description("The numerator, e.g. 1 of 1/2.");
        Field("denominator", o => o.ShareDenominator).Description("The denominator, e.g. 2 of 1/2.");
        Field<NonNullGraphType<StringGraphType>>("fraction")
            .Description("The fraction as text, e.g. '1/2'.")
            .Resolve(context => string.Create(CultureInfo.InvariantCulture, $"{context.Source.ShareNumerator}/{context.Source.ShareDenominator}"));
    }
}
