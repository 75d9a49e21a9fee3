using Fascicolo.Domain.Taxes;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Taxes.Positions;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TariPosition</c> type: a taxpayer's TARI for a year.</summary>
internal sealed class TariPositionGraphType : ObjectGraphType<TaxPositionView>
{
    /// <summary>Declares the fields.</summary>
    public TariPositionGraphType()
    {
        Name = "TariPosition";
        Description = "TARI for a year: one bill per occupied dwelling, billed to the head of the household in three instalments.";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(p => p.FiscalCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TariBillGraphType>>>>("bills")
            .Description("The year's bills; empty for someone who heads no household in Genova.")
            .Resolve(context => context.Source.TariBills);
        this.MoneyField("tax", p => p.TariBills.Sum(b => b.Bill.TotalCents)).Description("The year's TARI.");
        this.MoneyField("paid", p => p.PaidCents(TaxKind.Tari)).Description("What was paid for the year's instalments.");
    }
}
