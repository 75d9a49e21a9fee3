using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Tari;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>
/// The Comune di Genova's tax rates as data: the IMU rates resolved each year (aliquote deliberate),
/// the TARI tariff for dwellings and the legal interest rate. The IMU rates are of the order of
/// Genova's resolutions (ordinary 10.6‰, luxury main home 6‰ with the €200 deduction, agreed rents
/// 7.6‰); the TARI unit rates are illustrative, rising a little each year as Genova's did; the
/// Ka coefficients are DPR 158/1999's for northern municipalities above 5,000 inhabitants, the Kb
/// ones chosen within its ranges. A year outside the table takes the nearest year's values: a
/// resolution stays in force until the next one (art. 1 c. 169 L. 296/2006).
/// </summary>
internal static class GenovaTaxRates
{
    private static readonly decimal[] Ka = [0.80m, 0.94m, 1.05m, 1.14m, 1.23m, 1.30m];
    private static readonly decimal[] Kb = [0.80m, 1.60m, 2.00m, 2.60m, 3.20m, 3.70m];

    // Year → (TARI fixed cents per m², TARI variable cents per household).
    private static readonly SortedDictionary<int, (decimal Fixed, decimal Variable)> Tari = new()
    {
        [2020] = (155m, 9_500m),
        [2021] = (158m, 9_700m),
        [2022] = (162m, 10_000m),
        [2023] = (166m, 10_300m),
        [2024] = (170m, 10_500m),
        [2025] = (174m, 10_800m),
        [2026] = (178m, 11_000m),
    };

    // The legal interest rate in percent, as set by the Ministry of Economy each December.
    private static readonly SortedDictionary<int, decimal> LegalInterest = new()
    {
        [2016] = 0.2m,
        [2017] = 0.1m,
        [2018] = 0.3m,
        [2019] = 0.8m,
        [2020] = 0.05m,
        [2021] = 0.01m,
        [2022] = 1.25m,
        [2023] = 5m,
        [2024] = 2.5m,
        [2025] = 2m,
        [2026] = 1.6m,
    };

    /// <summary>The IMU rates of a year: the same resolution has stood throughout the table.</summary>
    public static ImuRates Imu(int year) => new(year, 10.6m, 6m, 20_000, 7.6m, 10.6m, 7.6m);

    /// <summary>The TARI tariff for dwellings of a year.</summary>
    public static TariTariff TariTariff(int year)
    {
        var (fixedPart, variablePart) = Nearest(Tari, year);
        return new TariTariff(year, fixedPart, variablePart, Ka, Kb);
    }

    /// <summary>The legal interest rate of a year, in percent.</summary>
    public static decimal LegalInterestPercent(int year) => Nearest(LegalInterest, year);

    private static T Nearest<T>(SortedDictionary<int, T> table, int year) =>
        table.TryGetValue(year, out var value) ? value
        : year < table.Keys.First() ? table[table.Keys.First()]
        : table[table.Keys.Last()];
}
