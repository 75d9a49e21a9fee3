namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>A taxpayer's share of a property, with what IMU needs to know about it.</summary>
/// <param name="UnitId">The cadastral unit.</param>
/// <param name="Category">The cadastral category.</param>
/// <param name="CadastralIncomeCents">The cadastral income (rendita catastale) in cents, before revaluation.</param>
/// <param name="ShareNumerator">The ownership share's numerator, e.g. 1 of 1/2.</param>
/// <param name="ShareDenominator">The ownership share's denominator, e.g. 2 of 1/2.</param>
/// <param name="Since">The day possession began (the transfer day belongs to the buyer).</param>
/// <param name="Until">The day possession passed to someone else (not possessed on that day), or null while still held.</param>
/// <param name="Use">What the taxpayer does with it.</param>
/// <param name="ResidentOwners">For a main home, how many owners live there: they split the deduction equally.</param>
public sealed record ImuHolding(
    string UnitId,
    CadastralCategory Category,
    long CadastralIncomeCents,
    int ShareNumerator,
    int ShareDenominator,
    DateOnly Since,
    DateOnly? Until,
    ImuUse Use,
    int ResidentOwners = 1)
{
    /// <summary>The revaluation of the cadastral income, in percent (art. 1 c. 745 L. 160/2019: +5%).</summary>
    public const int RevaluationPercent = 5;

    /// <summary>
    /// The taxable base (base imponibile) in exact cents: the cadastral income revalued by 5%, times
    /// the category's multiplier.
    /// </summary>
    public decimal TaxableBaseCents => CadastralIncomeCents * (100m + RevaluationPercent) / 100m * Category.ImuMultiplier;
}
