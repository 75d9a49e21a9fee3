using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>Civil status of members without a spouse in the household, by age and sex.</summary>
internal static class CivilStatusRules
{
    /// <summary>Someone living without a partner: the young are single, the old mostly widowed (women more).</summary>
    public static int WithoutPartner(int age, Sex sex, SplitMix64 random)
    {
        var roll = random.Next(100);
        if (age < 35)
        {
            return roll < 92 ? CivilStatusCodes.NeverMarried : CivilStatusCodes.Divorced;
        }

        if (age < 65)
        {
            // Separated spouses stay married in the registry until the divorce.
            return roll switch
            {
                < 50 => CivilStatusCodes.NeverMarried,
                < 86 => CivilStatusCodes.Divorced,
                < 94 => CivilStatusCodes.Widowed,
                _ => CivilStatusCodes.Married,
            };
        }

        var widowedShare = sex == Sex.Female ? 62 : 42;
        if (roll < widowedShare)
        {
            return CivilStatusCodes.Widowed;
        }

        if (roll < widowedShare + 17)
        {
            return CivilStatusCodes.NeverMarried;
        }

        return roll < widowedShare + 34 ? CivilStatusCodes.Divorced : CivilStatusCodes.Married;
    }

    /// <summary>A partner in a couple that is not married: single, or divorced from an earlier marriage.</summary>
    public static int Cohabiting(int age, SplitMix64 random) =>
        random.Chance(age < 40 ? 0.85 : 0.45) ? CivilStatusCodes.NeverMarried : CivilStatusCodes.Divorced;

    /// <summary>A lone parent: separated, never married, or widowed (more often with age).</summary>
    public static int LoneParent(int age, SplitMix64 random)
    {
        var roll = random.Next(100);
        var widowed = age >= 60 ? 60 : 10;
        return roll < widowed ? CivilStatusCodes.Widowed
            : roll < widowed + ((100 - widowed) * 6 / 10) ? CivilStatusCodes.Divorced
            : CivilStatusCodes.NeverMarried;
    }

    /// <summary>A live-in carer, often with a family back home.</summary>
    public static int Carer(SplitMix64 random) => random.Next(100) switch
    {
        < 35 => CivilStatusCodes.NeverMarried,
        < 65 => CivilStatusCodes.Married,
        < 90 => CivilStatusCodes.Divorced,
        _ => CivilStatusCodes.Widowed,
    };
}
