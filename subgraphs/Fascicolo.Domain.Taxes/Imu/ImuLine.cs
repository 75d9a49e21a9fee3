namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>The IMU of one property for one taxpayer and year.</summary>
/// <param name="Holding">The property and the taxpayer's share.</param>
/// <param name="Treatment">How it was taxed (an appurtenance beyond one per category is taxed as <see cref="ImuTreatment.Ordinary"/>).</param>
/// <param name="Months">The months of possession that count.</param>
/// <param name="RatePerMille">The rate applied; zero when exempt.</param>
/// <param name="GrossTaxCents">The tax before the deduction: base × share × months/12 × rate (× 75% at an agreed rent), rounded to the cent.</param>
/// <param name="DeductionCents">The part of the main-home deduction set against this line.</param>
/// <param name="StateTaxCents">For group D, the State's share of the tax (at the State's rate); else zero.</param>
public sealed record ImuLine(
    ImuHolding Holding,
    ImuTreatment Treatment,
    int Months,
    decimal RatePerMille,
    long GrossTaxCents,
    long DeductionCents,
    long StateTaxCents)
{
    /// <summary>The tax of this line after the deduction.</summary>
    public long TaxCents => GrossTaxCents - DeductionCents;

    /// <summary>The taxable base rounded to the cent, for display (the tax is computed on the exact base).</summary>
    public long TaxableBaseCents => Rounding.Cents.Round(Holding.TaxableBaseCents);

    /// <summary>Whether the line is exempt as a main home or its appurtenance.</summary>
    public bool IsExempt => Treatment == ImuTreatment.ExemptMainHome;
}
