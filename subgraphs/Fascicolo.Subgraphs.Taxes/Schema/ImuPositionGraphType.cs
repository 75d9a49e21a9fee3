using Fascicolo.Domain.Taxes;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Taxes.Positions;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>ImuPosition</c> type: a taxpayer's IMU for a year.</summary>
internal sealed class ImuPositionGraphType : ObjectGraphType<TaxPositionView>
{
    /// <summary>Declares the fields.</summary>
    public ImuPositionGraphType()
    {
        Name = "ImuPosition";
        Description = "IMU for a year: one line per property, the F24 lines, the June deposit (acconto) and the December balance (saldo).";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(p => p.FiscalCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImuPropertyGraphType>>>>("properties")
            .Description("One line per property possessed for at least a month of the year, exempt ones included.")
            .Resolve(context => context.Source.Imu.Lines);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImuF24LineGraphType>>>>("f24Lines")
            .Description("The tax per F24 tax code, as paid on the two F24 forms.")
            .Resolve(context => context.Source.Imu.F24Lines);
        this.MoneyField("tax", p => p.Imu.TaxCents).Description("The year's tax, exact to the cent.");
        this.MoneyField("deposit", p => p.Imu.DepositCents).Description("The June deposit (acconto, due 16 June): half of the year's tax at this year's rates, each F24 line in whole euro.");
        this.MoneyField("balance", p => p.Imu.BalanceCents).Description("The December balance (saldo, due 16 December): the rest, each F24 line in whole euro.");
        this.MoneyField("payable", p => p.Imu.PayableCents).Description("Deposit plus balance: what the taxpayer must pay for the year.");
        this.MoneyField("paid", p => p.PaidCents(TaxKind.Imu)).Description("What was paid for the year's deposit and balance.");
    }
}
