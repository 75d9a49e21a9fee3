using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// Draws a planned benefit's dates and amounts. A means-tested benefit starts after its ISEE
/// attestation was issued (the first of a following month; a one-off one is paid weeks after the
/// DSU); the others started within the last years. Cash transfers are paid wholly by the city; a
/// means-tested service's cost is shared by <see cref="CoPayment"/>.
/// </summary>
internal static class BenefitTerms
{
    /// <summary>Cash transfers are paid on this day of the month (data erogazione of the first payment).</summary>
    private const int PayDay = 27;

    public static WelfareBenefit Draw(
        string id, BenefitPlan plan, string householdId, string? caseId, IseeAttestation? attestation, DateOnly today, SplitMix64 random)
    {
        var type = plan.Type;
        var (start, end) = type.IsMeansTested
            ? PeriodAfter(attestation!, type.IsPeriodic, random)
            : PeriodBefore(today, type.IsPeriodic, random);
        var payment = !type.IsPeriodic || type.Form == BenefitForm.Service ? start : new DateOnly(start.Year, start.Month, PayDay);
        var monthly = MonthlyAmountCents(type, attestation, random);
        var userShare = type is { Form: BenefitForm.Service, IsMeansTested: true } ? CoPayment.UserShareCents(monthly, attestation!.IseeCents) : 0;
        return new WelfareBenefit(
            id, plan.Beneficiary.FiscalCode, householdId, caseId, type.Code, type.Name, type.IsPeriodic, type.IsMeansTested,
            type.IsMeansTested ? attestation!.Protocol : null, start, end, payment, monthly, monthly - userShare, userShare,
            caseId is not null, plan.Area);
    }

    private static (DateOnly Start, DateOnly End) PeriodAfter(IseeAttestation attestation, bool periodic, SplitMix64 random)
    {
        if (!periodic)
        {
            var day = attestation.IssuedOn.AddDays(random.Next(15, 60));
            return (day, day);
        }
        var start = FirstOfNextMonth(attestation.IssuedOn).AddMonths(random.Next(0, 1));
        return (start, start.AddMonths(random.Chance(0.5) ? 6 : 12).AddDays(-1));
    }

    private static (DateOnly Start, DateOnly End) PeriodBefore(DateOnly today, bool periodic, SplitMix64 random)
    {
        var day = today.AddDays(-random.Next(30, 900));
        if (!periodic)
        {
            return (day, day);
        }
        var start = FirstOfNextMonth(day);
        var months = random.Pick(Durations);
        return (start, start.AddMonths(months).AddDays(-1));
    }

    private static readonly int[] Durations = [6, 12, 24];

    private static DateOnly FirstOfNextMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1);

    private static long MonthlyAmountCents(BenefitType type, IseeAttestation? attestation, SplitMix64 random)
    {
        if (type == BenefitCatalogue.IncomeSupport)
        {
            return IncomeSupport.MonthlyCents(attestation!.IseeCents, attestation.EquivalenceScale);
        }
        var (low, high, step) = type.Code switch
        {
            "M1.02" => (150, 800, 50),
            "M1.03" => (150, 350, 10),
            "M1.04" => (80, 200, 10),
            "L1.01" => (250, 700, 50),
            "G1.01" => (280, 900, 10),
            "H1.01" => (60, 180, 5),
            "I1.01" => (2_400, 3_200, 50),
            "F1.01" => (400, 900, 10),
            "E1.01" => (120, 300, 10),
            _ => throw new InvalidOperationException($"No amount range for benefit {type.Code}."),
        };
        return random.Next(low / step, high / step) * step * 100L;
    }
}
