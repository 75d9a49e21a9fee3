using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// Decides which benefits a household receives. Most go to households with a low ISEE, the elderly
/// (75 and over) and disabled members; immigrants and families with minors get a few services.
/// Means-tested benefits are only planned when the household has an ISEE attestation.
/// </summary>
internal static class HouseholdNeeds
{
    /// <summary>ISEE below which a small one-off contribution may still be granted.</summary>
    private const long OneOffCeilingCents = 1_500_000;

    public static List<BenefitPlan> Plan(Resident[] members, DateOnly today, IseeAttestation? latest, SplitMix64 random)
    {
        var plans = new List<BenefitPlan>();
        var head = members[0];
        var minors = members.Where(m => m.AgeOn(today) < 18).ToArray();
        var hasIsee = latest is not null;
        var lowIsee = latest is { IseeCents: < IncomeSupport.ThresholdIseeCents };

        if (lowIsee && random.Chance(0.55))
        {
            var area = minors.Length > 0 ? WelfareUserArea.FamilyAndMinors : WelfareUserArea.Poverty;
            plans.Add(new(head, BenefitCatalogue.IncomeSupport, area, WithCase: true));
            if (random.Chance(0.25))
            {
                plans.Add(new(head, BenefitCatalogue.HousingContribution, WelfareUserArea.Poverty, WithCase: true));
            }
            if (minors.Length > 0 && random.Chance(0.3))
            {
                plans.Add(new(head, BenefitCatalogue.ParentingContribution, WelfareUserArea.FamilyAndMinors, WithCase: true));
            }
            if (minors.Length > 0 && random.Chance(0.2))
            {
                plans.Add(new(random.Pick(minors), BenefitCatalogue.EducationalSupport, WelfareUserArea.FamilyAndMinors, WithCase: true));
            }
        }
        else if (latest is { IseeCents: < OneOffCeilingCents } && random.Chance(0.04))
        {
            plans.Add(new(head, BenefitCatalogue.OneOffContribution, WelfareUserArea.Poverty, WithCase: false));
        }

        foreach (var member in members)
        {
            var age = member.AgeOn(today);
            if (age >= 75 && random.Chance(0.10))
            {
                plans.Add(hasIsee
                    ? new(member, BenefitCatalogue.HomeCare, WelfareUserArea.Elderly, WithCase: true)
                    : new(member, BenefitCatalogue.SocialTransport, WelfareUserArea.Elderly, WithCase: random.Chance(0.5)));
            }
            if (age >= 85 && hasIsee && random.Chance(0.04))
            {
                plans.Add(new(member, BenefitCatalogue.ResidentialFee, WelfareUserArea.Elderly, WithCase: true));
            }

            // Disability is not in the registry: the welfare facet draws it, likelier with age.
            var disabled = random.Chance(age >= 65 ? 0.06 : 0.015);
            if (disabled && random.Chance(0.5))
            {
                plans.Add(hasIsee && random.Chance(0.6)
                    ? new(member, BenefitCatalogue.CareAllowance, WelfareUserArea.Disability, WithCase: true)
                    : new(member, BenefitCatalogue.SocialTransport, WelfareUserArea.Disability, WithCase: random.Chance(0.5)));
            }
        }

        if (head.Citizenship != "IT" && random.Chance(0.04))
        {
            plans.Add(new(head, BenefitCatalogue.CulturalMediation, WelfareUserArea.Immigrants, WithCase: false));
        }

        if (minors.Length > 0 && !lowIsee && random.Chance(0.01))
        {
            plans.Add(new(random.Pick(minors), BenefitCatalogue.EducationalSupport, WelfareUserArea.FamilyAndMinors, WithCase: true));
        }

        return plans;
    }
}
