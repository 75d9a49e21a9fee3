using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Taxes.Positions;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>
/// The <c>TaxPosition</c> type: a taxpayer's year, their personal data (as are <c>ImuPosition</c> and
/// <c>TariPosition</c>, views of the same year). The value types under them (properties, bills, deadlines,
/// payments, refunds, the balance) carry no identity of their own and are reached only through these
/// guarded fields (or a guarded <c>TaxAssessment</c>), so they are left unmarked: <c>ImuF24Line</c> is
/// also what the public IMU simulation returns.
/// </summary>
internal sealed class TaxPositionGraphType : ObjectGraphType<TaxPositionView>
{
    /// <summary>Declares the fields.</summary>
    public TaxPositionGraphType()
    {
        Name = "TaxPosition";
        Description = "A taxpayer's IMU and TARI for one tax year: what was due, the deadlines, what was paid, the assessments, refunds and the balance.";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(p => p.FiscalCode);
        Field("year", p => p.Year).Description("The tax year.");
        Field<NonNullGraphType<ImuPositionGraphType>>("imu").Description("IMU on the properties the taxpayer owns in Genova.").Resolve(context => context.Source);
        Field<NonNullGraphType<TariPositionGraphType>>("tari").Description("TARI on the dwelling the taxpayer's household occupies (billed to the head of the household).").Resolve(context => context.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxDeadlineGraphType>>>>("deadlines")
            .Description("Every instalment of the year (scadenze), IMU and TARI, by due date, with what was paid towards it.")
            .Resolve(context => context.Source.Deadlines);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxPaymentGraphType>>>>("payments")
            .Description("The payments made for the year's instalments (versamenti), by date.")
            .Resolve(context => context.Source.Payments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxAssessmentGraphType>>>>("assessments")
            .Description("The assessments (avvisi di accertamento) of the year: issued for years at least two years back that were unpaid, short-paid or paid late.")
            .Resolve(context => context.Source.Assessments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxRefundGraphType>>>>("refunds")
            .Description("Refunds (rimborsi) of what was paid beyond the year's tax.")
            .Resolve(context => context.Source.Refunds);
        Field<NonNullGraphType<TaxBalanceGraphType>>("balance")
            .Description("The year's summary: due, paid, outstanding, overdue, refunds.")
            .Resolve(context => context.Source.Balance);
    }
}
