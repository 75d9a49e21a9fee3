using Fascicolo.Domain.Taxes.Imu;

namespace Fascicolo.Domain.Taxes.Tests;

/// <summary>The rates and holdings the worked examples share.</summary>
internal static class ImuExamples
{
    /// <summary>Genova-like rates: ordinary 10.6‰, luxury main home 6‰ with €200, agreed rent 7.6‰, group D 10.6‰ (7.6‰ to the State).</summary>
    public static readonly ImuRates Rates2025 = new(2025, 10.6m, 6m, 20_000, 7.6m, 10.6m, 7.6m);

    public static ImuHolding Holding(
        string category,
        long incomeCents,
        ImuUse use,
        int numerator = 1,
        int denominator = 1,
        DateOnly? since = null,
        DateOnly? until = null,
        int residentOwners = 1,
        string id = "CU-0000001") =>
        new(id, CadastralCategory.Parse(category), incomeCents, numerator, denominator, since ?? new DateOnly(2010, 1, 1), until, use, residentOwners);
}
