using Fascicolo.Domain.Taxes.Rounding;

namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>
/// One tax code's IMU for a year, as the taxpayer pays it on two F24 forms: the June deposit
/// (acconto) is half the year's tax, rounded to the cent; the December balance (saldo) is the rest;
/// each is then paid in whole euro (see <see cref="F24Rounding"/>).
/// </summary>
/// <param name="TaxCode">The F24 tax code, see <see cref="ImuTaxCodes"/>.</param>
/// <param name="AnnualCents">The year's tax of the code, exact to the cent.</param>
public sealed record ImuF24Line(string TaxCode, long AnnualCents)
{
    /// <summary>Half the year's tax, rounded to the cent (half away from zero: an odd cent goes to the deposit).</summary>
    public long DepositCents => AnnualCents >= 0 ? (AnnualCents + 1) / 2 : -((1 - AnnualCents) / 2);

    /// <summary>The year's tax less the deposit.</summary>
    public long BalanceCents => AnnualCents - DepositCents;

    /// <summary>The deposit as paid: in whole euro.</summary>
    public long DepositPayableCents => F24Rounding.ToEuro(DepositCents);

    /// <summary>The balance as paid: in whole euro.</summary>
    public long BalancePayableCents => F24Rounding.ToEuro(BalanceCents);
}
