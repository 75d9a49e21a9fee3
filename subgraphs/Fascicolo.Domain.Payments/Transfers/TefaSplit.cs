namespace Fascicolo.Domain.Payments.Transfers;

/// <summary>
/// Splits a TARI payment between the municipality and the TEFA (tributo per l'esercizio delle
/// funzioni di tutela, protezione e igiene dell'ambiente) of the province or metropolitan city.
/// Since 2021 (D.M. 21 ottobre 2020) both are collected by one pagoPA notice with two transfers.
/// </summary>
/// <param name="TariCents">The municipality's share.</param>
/// <param name="TefaCents">The province's or metropolitan city's share.</param>
public readonly record struct TefaSplit(long TariCents, long TefaCents)
{
    /// <summary>The rate Città Metropolitana di Genova applies: 5%, the statutory maximum.</summary>
    public const int GenovaRatePercent = 5;

    /// <summary>
    /// Splits a gross amount that already includes the TEFA at <paramref name="ratePercent"/> of the TARI:
    /// TEFA = gross × rate / (100 + rate), rounded half up to the cent; the TARI is the rest, so the
    /// two always add up to the gross exactly.
    /// </summary>
    /// <example>€ 105.00 at 5% → TARI € 100.00 + TEFA € 5.00.</example>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount, or a rate outside 0–100.</exception>
    public static TefaSplit Of(long grossCents, int ratePercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(grossCents);
        ArgumentOutOfRangeException.ThrowIfNegative(ratePercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ratePercent, 100);

        // Half up in integers: floor(x + 1/2) with x = gross·rate/(100 + rate).
        var denominator = 100L + ratePercent;
        var tefa = checked((grossCents * ratePercent * 2) + denominator) / (2 * denominator);
        return new TefaSplit(grossCents - tefa, tefa);
    }
}
