using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>BookVoucherItem</c> type: a textbook a voucher pays.</summary>
internal sealed class BookVoucherItemGraphType : ObjectGraphType<BookVoucherItem>
{
    /// <summary>Declares the fields.</summary>
    public BookVoucherItemGraphType()
    {
        Name = "BookVoucherItem";
        Description = "A textbook a voucher pays, at its cover price.";
        Field("title", i => i.Title).Description("The kind of book, e.g. 'Sussidiario delle discipline'.");
        Field<NonNullGraphType<MoneyGraphType>>("price").Description("The cover price the Ministry sets for the class year.").Resolve(context => new Money(context.Source.PriceCents));
    }
}
