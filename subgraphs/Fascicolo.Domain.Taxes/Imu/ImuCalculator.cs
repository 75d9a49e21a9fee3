using Fascicolo.Domain.Taxes.Rounding;

namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>
/// Computes a taxpayer's IMU for a year (L. 160/2019, art. 1 c. 738-783) from his holdings and the
/// municipality's rates.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Tax of a property = base × share × months/12 × rate, rounded to the cent; at an agreed
/// rent the tax is then reduced by 25% (c. 760).</item>
/// <item>The main home and one appurtenance per category C/2, C/6, C/7 are exempt, unless the home
/// is a luxury category (A/1, A/8, A/9): then they pay the main-home rate, less the main-home
/// deduction (€200 a year for the months it was the main home, split equally among the owners who
/// live there, never more than their tax). Of several appurtenances of one category the one with
/// the highest cadastral income is the appurtenance (the one a taxpayer would declare); the others
/// pay the ordinary rate.</item>
/// <item>Group D pays the group D rate; its share at the State's rate is paid under its own code.</item>
/// </list>
/// </remarks>
public static class ImuCalculator
{
    /// <summary>The taxpayer's IMU for <paramref name="year"/>.</summary>
    /// <param name="year">The tax year; it must be the year of <paramref name="rates"/>.</param>
    /// <param name="rates">The municipality's rates for the year.</param>
    /// <param name="holdings">The taxpayer's holdings; those not possessed in the year are left out.</param>
    /// <exception cref="ArgumentException">The rates are of another year, or two main homes overlap in the year.</exception>
    public static ImuYear Compute(int year, ImuRates rates, IReadOnlyList<ImuHolding> holdings)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(holdings);
        if (rates.Year != year)
        {
            throw new ArgumentException($"The rates are of {rates.Year}, not of {year}.", nameof(rates));
        }
        if (holdings.Count == 0)
        {
            return new ImuYear(year, [], []);
        }

        // Plain loops: this runs for every owner and year of a city of half a million people.
        var months = new int[holdings.Count];
        var mainHome = -1;
        for (var i = 0; i < holdings.Count; i++)
        {
            var holding = holdings[i];
            months[i] = PossessionMonths.InYear(year, holding.Since, holding.Until);
            if (months[i] > 0 && holding.Use == ImuUse.MainHome && holding.Category.IsDwelling)
            {
                if (mainHome >= 0)
                {
                    throw new ArgumentException($"A taxpayer has one main home a year; {year} has more.", nameof(holdings));
                }
                mainHome = i;
            }
        }
        var appurtenances = mainHome < 0 ? null : Appurtenances(holdings, months);

        var lines = new List<ImuLine>(holdings.Count);
        for (var i = 0; i < holdings.Count; i++)
        {
            if (months[i] > 0)
            {
                var servesMainHome = i == mainHome || (appurtenances is not null && Array.IndexOf(appurtenances, i) >= 0);
                lines.Add(Line(holdings[i], months[i], Treatment(holdings[i], servesMainHome ? holdings[mainHome] : null), rates));
            }
        }
        if (mainHome >= 0 && holdings[mainHome].Category.IsLuxury)
        {
            Deduct(lines, rates.MainHomeDeductionCents, months[mainHome], holdings[mainHome].ResidentOwners);
        }
        return new ImuYear(year, lines, F24Lines(lines));
    }

    // Per category C/2, C/6, C/7, the index of the appurtenance with the highest income (then the lowest unit id); -1 for none.
    private static int[] Appurtenances(IReadOnlyList<ImuHolding> holdings, int[] months)
    {
        int[] best = [-1, -1, -1];
        for (var i = 0; i < holdings.Count; i++)
        {
            var holding = holdings[i];
            if (months[i] == 0 || holding.Use != ImuUse.MainHomeAppurtenance || !holding.Category.IsAppurtenance)
            {
                continue;
            }
            var slot = holding.Category.Number == 2 ? 0 : holding.Category.Number == 6 ? 1 : 2;
            var current = best[slot];
            if (current < 0
                || holding.CadastralIncomeCents > holdings[current].CadastralIncomeCents
                || (holding.CadastralIncomeCents == holdings[current].CadastralIncomeCents && string.CompareOrdinal(holding.UnitId, holdings[current].UnitId) < 0))
            {
                best[slot] = i;
            }
        }
        return best;
    }

    private static ImuTreatment Treatment(ImuHolding holding, ImuHolding? servedMainHome)
    {
        if (servedMainHome is not null)
        {
            return servedMainHome.Category.IsLuxury ? ImuTreatment.LuxuryMainHome : ImuTreatment.ExemptMainHome;
        }
        if (holding.Category.IsGroupD)
        {
            return ImuTreatment.GroupD;
        }
        return holding.Use == ImuUse.LetAtAgreedRent && holding.Category.IsDwelling ? ImuTreatment.AgreedRent : ImuTreatment.Ordinary;
    }

    private static ImuLine Line(ImuHolding holding, int months, ImuTreatment treatment, ImuRates rates)
    {
        var rate = rates.PerMille(treatment);
        if (rate == 0m)
        {
            return new ImuLine(holding, treatment, months, rate, 0, 0, 0);
        }
        var reduction = treatment == ImuTreatment.AgreedRent ? 0.75m : 1m;
        var gross = Cents.Round(Tax(holding, months, rate) * reduction);
        var state = treatment == ImuTreatment.GroupD ? Math.Min(gross, Cents.Round(Tax(holding, months, rates.GroupDStatePerMille))) : 0;
        return new ImuLine(holding, treatment, months, rate, gross, 0, state);
    }

    // One division at the end keeps shares such as 1/3 exact until the rounding.
    private static decimal Tax(ImuHolding holding, int months, decimal perMille) =>
        holding.TaxableBaseCents * holding.ShareNumerator * months * perMille / (holding.ShareDenominator * 12m * 1000m);

    // The home first, then its appurtenances: the deduction is set against their tax together.
    private static void Deduct(List<ImuLine> lines, long yearlyDeductionCents, int months, int residentOwners)
    {
        var remaining = Cents.Round(yearlyDeductionCents * (decimal)months / (12m * Math.Max(1, residentOwners)));
        foreach (var homeFirst in new[] { true, false })
        {
            for (var i = 0; i < lines.Count && remaining > 0; i++)
            {
                var line = lines[i];
                if (line.Treatment == ImuTreatment.LuxuryMainHome && (line.Holding.Use == ImuUse.MainHome) == homeFirst)
                {
                    var deduction = Math.Min(remaining, line.GrossTaxCents);
                    lines[i] = line with { DeductionCents = deduction };
                    remaining -= deduction;
                }
            }
        }
    }

    // Codes in ascending order: 3912, 3918, 3925, 3930.
    private static List<ImuF24Line> F24Lines(List<ImuLine> lines)
    {
        long mainHome = 0, other = 0, groupDState = 0, groupDCity = 0;
        foreach (var line in lines)
        {
            switch (line.Treatment)
            {
                case ImuTreatment.ExemptMainHome:
                    break;
                case ImuTreatment.LuxuryMainHome:
                    mainHome += line.TaxCents;
                    break;
                case ImuTreatment.GroupD:
                    groupDState += line.StateTaxCents;
                    groupDCity += line.TaxCents - line.StateTaxCents;
                    break;
                default:
                    other += line.TaxCents;
                    break;
            }
        }
        var f24 = new List<ImuF24Line>(1);
        void Add(string code, long cents)
        {
            if (cents > 0)
            {
                f24.Add(new ImuF24Line(code, cents));
            }
        }
        Add(ImuTaxCodes.MainHome, mainHome);
        Add(ImuTaxCodes.OtherBuildings, other);
        Add(ImuTaxCodes.GroupDState, groupDState);
        Add(ImuTaxCodes.GroupDMunicipality, groupDCity);
        return f24;
    }
}
