using Fascicolo.Domain.Taxes.Imu;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>ImuF24Line</c> type.</summary>
internal sealed class ImuF24LineGraphType : ObjectGraphType<ImuF24Line>
{
    /// <summary>Declares the fields.</summary>
    public ImuF24LineGraphType()
    {
        Name = "ImuF24Line";
        Description = "One F24 tax code's IMU for the year. Each line is paid in whole euro: 49 cents or fewer round down, 50 or more up.";
        Field("taxCode", l => l.TaxCode).Description("The F24 tax code (codice tributo): 3912 main home, 3918 other buildings, 3925/3930 group D (State/city).");
        this.MoneyField("annualTax", l => l.AnnualCents).Description("The year's tax under this code, exact to the cent.");
        this.MoneyField("deposit", l => l.DepositPayableCents).Description("The June deposit on this line, in whole euro (half the year's tax, rounded to the cent, then to the euro).");
        this.MoneyField("balance", l => l.BalancePayableCents).Description("The December balance on this line, in whole euro (the rest, rounded to the euro).");
    }
}
